import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TemplateFile } from './feature-declaration.js';

/** README sections a feature contributes live here, and are not files of the project. */
const partialsFolder = '_partials';

/**
 * The project name of one template file name. npm drops some dotfiles from
 * published packages, so a leading `_` stands for the dot (`_gitignore`), and
 * a name that starts with an underscore of its own doubles it (`__helpers.tpl`).
 */
export function outputNameOf(templateName: string): string {
  const name = templateName.endsWith('.ejs') ? templateName.slice(0, -'.ejs'.length) : templateName;
  if (name.startsWith('__')) return name.slice(1);
  return name.startsWith('_') ? `.${name.slice(1)}` : name;
}

/** Every file of a template folder, with the project path it is written to. */
export function templateFilesOf(root: string): TemplateFile[] {
  const walk = (dir: string): TemplateFile[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        const template = join(dir, entry.name);
        if (entry.isDirectory())
          return dir === root && entry.name === partialsFolder ? [] : walk(template);
        const folder = relative(root, dir);
        return [
          {
            template,
            output: join(folder, outputNameOf(entry.name)),
            rendered: entry.name.endsWith('.ejs'),
          },
        ];
      });
  return walk(root);
}
