import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerDefaults, parseAnswers } from '../../generators/lib/answers.js';
import { planProject, type Plan } from '../../generators/lib/plan.js';
import { repoRoot } from './generator-paths.js';

/**
 * The option combinations the snapshot and end-to-end tests both cover. A
 * new feature adds the combination that switches it on.
 */
export interface Combination {
  name: string;
  preset?: string;
  /** Answers on top of the preset and the --yes defaults. */
  answers: Record<string, unknown>;
  /** Features added afterwards with `service-kit add`, as a team would to an existing project. */
  add?: string[];
}

export const combinations: Combination[] = [
  { name: 'minimal', preset: 'minimal', answers: {} },
  { name: 'defaults', answers: {} },
  { name: 'all-auth', answers: { auth: ['hawk', 'api-key', 'oidc-login', 'oidc-bearer'] } },
  // Each database with the stores that move onto it: Hawk users and the data API rows.
  // DynamoDB also runs its TASK-mode tasks, and its compose and CI service containers are checked.
  {
    name: 'dynamodb',
    answers: {
      database: 'dynamodb',
      auth: ['hawk', 'api-key'],
      modes: ['task'],
      tooling: ['docker', 'secrets', 'cli-menu', 'ci-github'],
    },
  },
  { name: 'postgres', answers: { database: 'postgres', auth: ['hawk'] } },
  // Every part of the operations kit: each run mode on PostgreSQL and Redis, the
  // containers, the chart, CI, secrets, KMS values and the menu, and the outside services.
  {
    name: 'operations',
    answers: {
      database: 'postgres',
      auth: ['hawk', 'api-key'],
      modes: ['task', 'worker', 'beat'],
      tooling: ['docker', 'secrets', 'cli-menu', 'deploy-k8s', 'ci-github', 'kms-values'],
      adapters: ['storage-s3', 'email-smtp', 'sentry'],
    },
  },
  // The reference app: the reports component on DynamoDB, API keys, login and the kit.
  { name: 'ops-reports', preset: 'ops-reports', answers: {} },
  // The way a team grows a project: features added one at a time to a minimal service,
  // Hawk first, then the data API, which brings its Hawk-guarded routes along, then a
  // database, which takes over the Hawk users and the rows from the files and constants.
  // Slack alerts come before the database, hooking into the service's start and errors,
  // and the last feature added installs (Slack brings no package to install).
  {
    name: 'minimal-grown',
    preset: 'minimal',
    answers: {},
    add: ['auth-hawk', 'data-api', 'alerts-slack', 'db-postgres'],
  },
];

/** Writes the combination's answers to a file in `dir`, for `--answers`. */
export function answersFileFor(combination: Combination, dir: string): string {
  const file = join(dir, `${combination.name}.answers.json`);
  writeFileSync(file, JSON.stringify(combination.answers));
  return file;
}

/** CLI arguments that generate the combination into `dir/<name>-svc`. */
export function cliArgs(combination: Combination, dir: string): string[] {
  const preset = combination.preset ? ['--preset', combination.preset] : [];
  const answers = ['--answers', answersFileFor(combination, dir)];
  return [`${combination.name}-svc`, '--yes', ...preset, ...answers];
}

/** The generator's plan of a combination as first generated, before any `add`. */
export function planOf(combination: Combination): Plan {
  const preset = combination.preset
    ? (JSON.parse(
        readFileSync(join(repoRoot, 'presets', `${combination.preset}.json`), 'utf8'),
      ) as Record<string, unknown>)
    : {};
  const name = `${combination.name}-svc`;
  const answers = { ...answerDefaults, ...preset, ...combination.answers, name };
  return planProject(parseAnswers(answers, combination.name));
}

/** The features a combination's project is generated with, as the generator plans them. */
export function plannedFeatures(combination: Combination): string[] {
  return [...planOf(combination).features, ...(combination.add ?? [])];
}
