import { join } from 'node:path';
import { sampleRows } from '../data-api/sample-rows.js';
import { secretValues } from '../secrets/environment-values.js';
import { composeFile } from '../docker/compose.js';
import { ciWorkflow } from '../ci-github/ci-workflow.js';
import { templatesRoot } from './package-root.js';
import { contributionsOf, type Plan } from './plan.js';

/** A single-quoted TypeScript string literal, the quote style of generated code. */
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * What every `.ejs` template sees: the plan, the merged contributions of its
 * features (README sections resolved to their partials' paths), helpers, and
 * the sample data set that the data-rows stores render in their own formats.
 */
export function templateContext(plan: Plan) {
  const merged = contributionsOf(plan);
  const readme = merged.readme.map((section) => ({
    title: section.title,
    path: join(templatesRoot, section.feature, '_partials', section.partial),
  }));
  return { ...plan, ...merged, readme, quote, sampleRows, secretValues, composeFile, ciWorkflow };
}
