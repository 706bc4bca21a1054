import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageJsonOf } from './package-json.js';
import { templatesRoot } from './package-root.js';
import type { Plan } from './plan.js';
import { featureNamed } from './registry.js';
import { renderTemplate } from './render.js';
import { templateContext } from './template-context.js';
import { templateFilesOf } from './template-files.js';

/** The files assembled from every feature's contribution; package.json is built in code. */
const assembledFiles = templateFilesOf(join(templatesRoot, 'shared'));

/** A file of the project a plan describes, and what it holds. */
export interface ProjectFile {
  /** Path in the project, with `/` separators. */
  output: string;
  content: string;
  /** Copied from an executable template (a container script): written executable. */
  executable: boolean;
}

const text = new TextDecoder('utf-8', { fatal: true });

/** A copied template as text; a project file is merged line by line, so it has to be text. */
function copiedText(template: string): string {
  try {
    return text.decode(readFileSync(template));
  } catch {
    throw new Error(`${template} is not UTF-8 text; templates must be text files`);
  }
}

/**
 * Every file the plan generates (package.json, each planned feature's, then
 * those assembled from their contributions), rendered in memory. Nothing is
 * written until all of them rendered, so a failing template leaves the disk
 * as it was.
 */
export async function projectFiles(plan: Plan): Promise<ProjectFile[]> {
  const context = await templateContext(plan);
  const templates = [
    ...plan.features.flatMap((name) => featureNamed(name).files),
    ...assembledFiles,
  ];
  return [
    {
      output: 'package.json',
      content: `${JSON.stringify(packageJsonOf(plan), null, 2)}\n`,
      executable: false,
    },
    ...templates.map((file) => ({
      output: file.output,
      content: file.rendered ? renderTemplate(file.template, context) : copiedText(file.template),
      executable: !file.rendered && (statSync(file.template).mode & 0o100) !== 0,
    })),
  ];
}
