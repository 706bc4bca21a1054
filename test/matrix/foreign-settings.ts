import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAnswers } from '../../generators/lib/answers.js';
import { planProject } from '../../generators/lib/plan.js';
import { registry } from '../../generators/lib/registry.js';

/**
 * Generated prose and code name only what the project has. Every setting
 * (environment variable) a feature declares is known to the registry; one
 * the project's plan does not hold is foreign to it, and a README line, a
 * comment, a help text or a test that names it speaks of a feature the team
 * never chose (as the test tiers once pointed their target at `BASE_URL`,
 * which is OIDC login's public URL).
 */

// .service-kit holds the update record, copies of the files scanned here.
const skipped = new Set([
  'node_modules',
  'dist',
  'coverage',
  '.data',
  '.git',
  '.service-kit',
  'package-lock.json',
]);

function* projectFiles(root: string, dir = root): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* projectFiles(root, path);
    else if (entry.isFile()) yield relative(root, path);
  }
}

const allSettings = [
  ...new Set(
    registry.flatMap((feature) => (feature.contribution.env ?? []).map(({ name }) => name)),
  ),
];

/** The settings some feature declares that the plan of `answers` does not hold. */
export function foreignSettings(answers: Record<string, unknown>, name: string): string[] {
  const plan = planProject(parseAnswers({ ...answers, name }, name));
  const planned = new Set(plan.merged.env.map((variable) => variable.name));
  return allSettings.filter((setting) => !planned.has(setting));
}

/** Each file of the project at `dir` that names a foreign setting, with the names. */
export function foreignSettingProblems(
  dir: string,
  answers: Record<string, unknown>,
  name: string,
): string[] {
  const foreign = foreignSettings(answers, name);
  if (foreign.length === 0) return [];
  const named = new RegExp(`\\b(${foreign.join('|')})\\b`, 'g');
  const problems: string[] = [];
  for (const file of projectFiles(dir)) {
    const found = new Set(readFileSync(join(dir, file), 'utf8').match(named));
    if (found.size > 0)
      problems.push(`${file} names ${[...found].join(', ')}, which this project does not have`);
  }
  return problems;
}
