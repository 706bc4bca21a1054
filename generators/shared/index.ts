import { join } from 'node:path';
import Generator, { type BaseOptions } from 'yeoman-generator';
import { templatesRoot } from '../lib/package-root.js';
import { contributionsOf } from '../lib/plan.js';
import { readPlan } from '../lib/project-config.js';
import { outputPathOf, renderTemplate, templatePathOf } from '../lib/render.js';
import { files } from './files.js';
import { packageJsonOf } from './package-json.js';

/** A single-quoted TypeScript string literal, the quote style of generated code. */
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Assembles the files every feature contributes to (package.json, the env
 * contract, `.env.example`, the plugin list, README) from the features the
 * project's plan names. Runs once per generator run, after the features.
 */
export default class SharedFilesGenerator extends Generator {
  constructor(args: string[], options: BaseOptions) {
    super(args, options, { unique: 'namespace' });
  }

  async writing(): Promise<void> {
    const plan = readPlan(this);
    const merged = contributionsOf(plan);
    this.fs.extendJSON(this.destinationPath('package.json'), packageJsonOf(plan, merged));

    const readme = merged.readme.map((section) => ({
      title: section.title,
      path: join(templatesRoot, section.feature, '_partials', section.partial),
    }));
    const context = { ...plan, ...merged, readme, quote };
    for (const entry of files) {
      const output = outputPathOf(entry);
      const template = join(templatesRoot, 'shared', templatePathOf(entry));
      this.fs.write(this.destinationPath(output), await renderTemplate(template, output, context));
    }
  }
}
