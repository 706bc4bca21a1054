import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Generator from 'yeoman-generator';
import type { ComposedOptions } from '../lib/compose.js';
import { templatesRoot } from '../lib/package-root.js';
import { features } from '../lib/features.js';
import { contributionsOf, planProject, type Plan } from '../lib/plan.js';
import { previousPlanOf, readAnswers } from '../lib/project-config.js';
import { outputPathOf, renderTemplate, templatePathOf } from '../lib/render.js';
import { templateContext } from '../lib/template-context.js';
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
    if (previous) await this.#removeDropped(plan, previous);
  }

  /**
   * A feature the new plan no longer has (the file store of Hawk users once a
   * database holds them) leaves files nothing imports. Those nobody edited
   * are removed; an edited one is kept, and the run says so.
   */
  async #removeDropped(plan: Plan, previous: Plan): Promise<void> {
    const kept = new Set(
      plan.features.flatMap((feature) => features[feature].files.map(outputPathOf)),
    );
    for (const feature of previous.features.filter((name) => !plan.features.includes(name))) {
      for (const entry of features[feature].files) {
        const output = outputPathOf(entry);
        const path = this.destinationPath(output);
        if (kept.has(output) || !existsSync(path)) continue;
        const template = join(templatesRoot, feature, templatePathOf(entry));
        const generated = entry.endsWith('.ejs')
          ? await renderTemplate(template, output, templateContext(previous))
          : readFileSync(template, 'utf8');
        if (readFileSync(path, 'utf8') === generated) {
          this.fs.delete(path);
          markUnedited(this, path);
        } else this.log(`kept ${output}: the project no longer uses it, but it has edits of yours`);
      }
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
