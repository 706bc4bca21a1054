import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswers } from '../../generators/lib/answers.js';
import { planProject } from '../../generators/lib/plan.js';
import { registry } from '../../generators/lib/registry.js';
import { projectFiles } from './project-files.js';

/**
 * Generated prose and code name only what the project has. The registry
 * knows every setting (environment variable) and every folder a feature
 * declares; one the project's plan does not hold is foreign to it, and a
 * README line, a comment, a help text or a test that names it speaks of a
 * feature the team never chose (as the test tiers once pointed their target
 * at `BASE_URL`, which is OIDC login's public URL, and a README spoke of
 * `migrations/` in projects without PostgreSQL). Every `npm run <script>`
 * must name a script of the project's own package.json.
 */

const unique = (names: readonly string[]) => [...new Set(names)];
const allSettings = unique(
  registry.flatMap((feature) => (feature.contribution.env ?? []).map(({ name }) => name)),
);
const allFolders = unique(
  registry.flatMap((feature) =>
    (feature.contribution.layout ?? [])
      .map(({ path }) => path)
      .filter((path) => path.endsWith('/')),
  ),
);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The settings and folders some feature declares that the project at `dir` does not have. */
export function foreignNames(dir: string, answers: Record<string, unknown>, name: string) {
  const plan = planProject(parseAnswers({ ...answers, name }, name));
  const planned = new Set(plan.merged.env.map((variable) => variable.name));
  return {
    settings: allSettings.filter((setting) => !planned.has(setting)),
    folders: allFolders.filter((folder) => !existsSync(join(dir, folder))),
  };
}

/** Each file of the project at `dir` that names what the project does not have, with the names. */
export function foreignNameProblems(
  dir: string,
  answers: Record<string, unknown>,
  name: string,
): string[] {
  const { settings, folders } = foreignNames(dir, answers, name);
  const { scripts = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const patterns = [
    ...(settings.length > 0 ? [`\\b(?:${settings.join('|')})\\b`] : []),
    // A folder as a path of its own: `migrations/`, not `src/db/migrations/`.
    ...(folders.length > 0 ? [`(?<![\\w./-])(?:${folders.map(escaped).join('|')})`] : []),
  ];
  const problems: string[] = [];
  for (const file of projectFiles(dir, (name) => name !== 'package-lock.json')) {
    const text = readFileSync(join(dir, file), 'utf8');
    const found = new Set(
      patterns.flatMap((pattern) => text.match(new RegExp(pattern, 'g')) ?? []),
    );
    for (const [, script] of text.matchAll(/\bnpm run ([a-z][\w-]*(?::[\w-]+)*)/g))
      if (!(script! in scripts)) found.add(`npm run ${script!}`);
    if (found.size > 0)
      problems.push(`${file} names ${[...found].join(', ')}, which this project does not have`);
  }
  return problems;
}
