import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Generator from 'yeoman-generator';
import type { ComposedOptions } from '../lib/compose.js';
import { templatesRoot } from '../lib/package-root.js';
import { contributionsOf, planProject, type Plan } from '../lib/plan.js';
import { previousPlanOf, readAnswers } from '../lib/project-config.js';
import { outputPathOf, templatePathOf } from '../lib/render.js';
import {
  markUnedited,
  refuseUnaskableConflict,
  writeFromTemplate,
} from '../lib/write-generated.js';
import { files } from './files.js';
import { keepsManagedFields, managedFieldsOf, packageJsonOf } from './package-json.js';

/**
 * Assembles the files every feature contributes to (package.json, the env
 * contract and `.env.example`, the deps and plugin lists, README) from the
 * features of the project's plan. Runs once per generator run.
 */
export default class SharedFilesGenerator extends Generator<
  Record<string, unknown>,
  ComposedOptions
> {
  constructor(args: string[], options: ComposedOptions) {
    super(args, options, { unique: 'namespace' });
  }

  async writing(): Promise<void> {
    const plan = planProject(readAnswers(this));
    const previous = previousPlanOf(this);
    this.#writePackageJson(plan, previous);

    for (const entry of files) {
      const output = this.destinationPath(outputPathOf(entry));
      const template = join(templatesRoot, 'shared', templatePathOf(entry));
      await writeFromTemplate(this, template, output, plan, previous);
    }
  }

  /** New projects get a whole package.json; existing ones get the managed fields merged in. */
  #writePackageJson(plan: Plan, previous: Plan | undefined): void {
    const path = this.destinationPath('package.json');
    if (!existsSync(path)) {
      this.fs.writeJSON(path, packageJsonOf(plan, contributionsOf(plan)));
      return;
    }
    this.fs.extendJSON(path, managedFieldsOf(contributionsOf(plan)));
    const text = readFileSync(path, 'utf8');
    if (!previous || this.fs.read(path) === text) return;
    const onDisk = JSON.parse(text) as Record<string, unknown>;
    if (keepsManagedFields(onDisk, managedFieldsOf(contributionsOf(previous))))
      markUnedited(this, path);
    else refuseUnaskableConflict(this, path);
  }
}
