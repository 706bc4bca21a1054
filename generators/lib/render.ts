import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import ejs from 'ejs';
import * as prettier from 'prettier';
import { templatesRoot } from './package-root.js';

/**
 * Where an output path's template lives: npm drops dotfiles from published
 * packages, so `.gitignore` is stored as `_gitignore`.
 */
export function templatePathOf(outputPath: string): string {
  const name = basename(outputPath);
  return join(dirname(outputPath), name.startsWith('.') ? `_${name.slice(1)}` : name);
}

/** Output path of a files-list entry: `.ejs` marks a template, not part of the name. */
export function outputPathOf(entry: string): string {
  return entry.endsWith('.ejs') ? entry.slice(0, -'.ejs'.length) : entry;
}

// The generated project's own Prettier settings, so what we render is already `prettier --check` clean.
const prettierOptions = JSON.parse(
  readFileSync(join(templatesRoot, 'server', '_prettierrc.json'), 'utf8'),
) as prettier.Options;

const formattable = new Set(['.ts', '.js', '.json', '.md', '.yml', '.yaml']);

/**
 * Renders an EJS template and formats the result the way the generated
 * project's Prettier would. Loops in templates then never leave a long line
 * or a stray blank behind that `npm run lint` would reject.
 */
export async function renderTemplate(
  templateFile: string,
  outputPath: string,
  context: Record<string, unknown>,
): Promise<string> {
  const text = ejs.render(readFileSync(templateFile, 'utf8'), context, { filename: templateFile });
  if (!formattable.has(extname(outputPath))) return text;
  return prettier.format(text, { ...prettierOptions, filepath: outputPath });
}
