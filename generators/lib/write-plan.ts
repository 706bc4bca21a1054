import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateFile } from './feature-declaration.js';
import { keepsManagedFields, managedFieldsOf, packageJsonOf } from './package-json.js';
import { templatesRoot } from './package-root.js';
import type { Plan } from './plan.js';
import { featureNamed } from './registry.js';
import { renderTemplate } from './render.js';
import { templateContext } from './template-context.js';
import { templateFilesOf } from './template-files.js';
import {
  markUnedited,
  refuseUnaskableConflict,
  writeGenerated,
  type WritingGenerator,
} from './write-generated.js';

/** The files assembled from every feature's contribution; package.json is built in code. */
const assembledFiles = templateFilesOf(join(templatesRoot, 'shared'));

/** A file of the project a plan describes, besides package.json, and what it holds. */
export interface ProjectFile {
  file: TemplateFile;
  content: string;
}

/**
 * Every file the plan writes (each planned feature's, then those assembled
 * from their contributions), rendered in memory. Nothing is written until
 * all of them rendered, so a failing template leaves the disk as it was.
 */
export async function projectFiles(plan: Plan): Promise<ProjectFile[]> {
  const context = await templateContext(plan);
  const files = [...plan.features.flatMap((name) => featureNamed(name).files), ...assembledFiles];
  return files.map((file) => ({
    file,
    content: file.rendered
      ? renderTemplate(file.template, context)
      : readFileSync(file.template, 'utf8'),
  }));
}

/**
 * Writes the project a plan describes into the generator's in-memory file
 * system, for Yeoman's conflicter to commit. On a re-run, `previous` (the
 * plan the project was last generated from) tells files nobody edited from
 * files someone did, and removes what a feature no longer planned left.
 */
export async function writePlan(
  generator: WritingGenerator,
  plan: Plan,
  previous: Plan | undefined,
): Promise<void> {
  const before = previous && new Map((await projectFiles(previous)).map((f) => [f.file.output, f]));
  writePackageJson(generator, plan, previous);
  const files = await projectFiles(plan);
  for (const { file, content } of files) {
    const output = generator.destinationPath(file.output);
    if (file.rendered)
      writeGenerated(generator, output, content, before?.get(file.output)?.content);
    // Copies go through mem-fs as they are, so a binary file stays byte for byte.
    else if (!sameBytes(file.template, output)) generator.fs.copy(file.template, output);
  }
  if (before) {
    for (const output of files.map(({ file }) => file.output)) before.delete(output);
    removeDropped(generator, [...before.values()]);
  }
}

/** True when `copy` already holds exactly the bytes of `original`. */
const sameBytes = (original: string, copy: string) =>
  existsSync(copy) && readFileSync(original).equals(readFileSync(copy));

/**
 * A feature the new plan no longer has (the file store of Hawk users once a
 * database holds them) leaves files nothing imports. Those nobody edited
 * are removed; an edited one is kept, and the run says so.
 */
function removeDropped(generator: WritingGenerator, dropped: readonly ProjectFile[]): void {
  for (const { file, content } of dropped) {
    const path = generator.destinationPath(file.output);
    if (!existsSync(path)) continue;
    if (readFileSync(path, 'utf8') === content) {
      generator.fs.delete(path);
      markUnedited(generator, path);
    } else
      generator.log(
        `kept ${file.output}: the project no longer uses it, but it has edits of yours`,
      );
  }
}

/** Existing projects get the managed fields merged into their package.json; new ones all of it. */
function writePackageJson(generator: WritingGenerator, plan: Plan, previous: Plan | undefined) {
  const path = generator.destinationPath('package.json');
  if (!existsSync(path)) {
    generator.fs.writeJSON(path, packageJsonOf(plan));
    return;
  }
  generator.fs.extendJSON(path, managedFieldsOf(plan.merged));
  const text = readFileSync(path, 'utf8');
  if (!previous || generator.fs.read(path) === text) return;
  const onDisk = JSON.parse(text) as Record<string, unknown>;
  if (keepsManagedFields(onDisk, managedFieldsOf(previous.merged))) markUnedited(generator, path);
  else refuseUnaskableConflict(generator, path);
}
