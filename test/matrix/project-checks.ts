import { performance } from 'node:perf_hooks';
import { dependencyProblems } from './declared-imports.js';
import { foreignNameProblems } from './foreign-names.js';
import { MINUTES } from '../helpers/process-group.js';
import { failureOf, runCommand } from '../helpers/run-command.js';
import { startService } from '../helpers/start-service.js';
import { recordTiming } from '../helpers/timings.js';

/**
 * What every generated project must do on the day it is generated, run
 * against its own scripts: an honest manifest, prose that names only settings,
 * folders and scripts the project has (foreign-names.ts), lint, type-check, its unit
 * and integration tests (none skipped), and a build that boots on its
 * embedded defaults, answers /healthcheck and exits 0 on SIGTERM. Each step
 * runs under a deadline; one that passes it fails, named with the step and
 * the combination, with its last lines.
 */

export interface StepTime {
  step: string;
  seconds: number;
}

export interface ProjectOutcome {
  steps: StepTime[];
  /** The step that failed and what it printed; absent when every step passed. */
  failure?: { step: string; output: string };
}

/**
 * The checks of a tier: `static` (manifest, prose, lint, types) for the
 * every-feature-alone tier, `full` for the matrix, `tested` (no build and
 * boot) for a matrix entry the e2e builds and boots in the same run.
 */
export type CheckDepth = 'static' | 'tested' | 'full';

export interface ProjectUnderCheck {
  /** The combination's name, for failures and the timings table. */
  name: string;
  dir: string;
  /** Its answers, but the name. */
  answers: Record<string, unknown>;
  env: NodeJS.ProcessEnv;
  /** The part of the suite the timings are filed under: `matrix`, `alone`. */
  part: string;
}

/**
 * How long each step may take: about three times the slowest combination's
 * step on this two-core machine with the whole suite running beside it (the
 * operations project's tests took 241 s there). A hang inside a test ends
 * far sooner, at the project's own jest timeout (test/matrix/stuck-runs);
 * these end what jest cannot see, in minutes rather than at CI's end.
 */
export const stepDeadlines = {
  lint: 5 * MINUTES,
  types: 5 * MINUTES,
  tests: 12 * MINUTES,
  build: 5 * MINUTES,
} as const;

type Step = { name: string; run: () => Promise<string | undefined> };

/** Runs an npm script; resolves with its failure, or undefined when it passed. */
const npmScript =
  (
    project: ProjectUnderCheck,
    script: string,
    step: keyof typeof stepDeadlines,
    check?: (output: string) => string | undefined,
    args: string[] = [],
  ) =>
  async () => {
    const name = `${step} of ${project.name} (npm run ${script})`;
    const result = await runCommand(
      'npm',
      ['run', script, '--silent', ...args],
      project.dir,
      project.env,
      {
        deadlineMs: stepDeadlines[step],
        name,
      },
    );
    if (result.code !== 0 || result.timedOut) return failureOf(result, name);
    return check?.(result.output);
  };

const noneSkipped = (output: string) =>
  /\d+ skipped/.test(output) ? `tests were skipped:\n${output}` : undefined;

// A PostgreSQL project's adapter tests must have run on the machine's server too,
// not only on PGlite (the verbose run names the suite).
const ranOnPostgresServer = (output: string) =>
  noneSkipped(output) ??
  (output.includes('on the PostgreSQL server at DATABASE_URL')
    ? undefined
    : `the adapter tests did not run on the PostgreSQL server at DATABASE_URL:\n${output}`);

async function serves(project: ProjectUnderCheck): Promise<string | undefined> {
  const service = await startService(project.dir, { NODE_ENV: 'development' });
  let problem: string | undefined;
  try {
    const response = await fetch(`${service.url}/healthcheck`);
    if (response.status !== 200) problem = `GET /healthcheck answered ${response.status}`;
  } finally {
    const code = await service.stop('SIGTERM');
    problem ??= code === 0 ? undefined : `the service exited ${code} on SIGTERM`;
  }
  return problem;
}

function stepsOf(project: ProjectUnderCheck, depth: CheckDepth): Step[] {
  const testsCheck = project.answers.database === 'postgres' ? ranOnPostgresServer : noneSkipped;
  const manifest = () =>
    Promise.resolve().then(() => dependencyProblems(project.dir).join('\n') || undefined);
  const prose = () =>
    Promise.resolve().then(
      () =>
        foreignNameProblems(project.dir, project.answers, `${project.name}-svc`).join('\n') ||
        undefined,
    );
  const statics: Step[] = [
    { name: 'manifest', run: manifest },
    { name: 'prose', run: prose },
    { name: 'lint', run: npmScript(project, 'lint', 'lint') },
    { name: 'types', run: npmScript(project, 'typecheck', 'types') },
  ];
  if (depth === 'static') return statics;
  const tested = [
    ...statics,
    { name: 'tests', run: npmScript(project, 'test', 'tests', testsCheck, ['--', '--verbose']) },
  ];
  if (depth === 'tested') return tested;
  return [
    ...tested,
    { name: 'build', run: npmScript(project, 'build', 'build') },
    { name: 'boot', run: () => serves(project) },
  ];
}

export async function checkProject(
  project: ProjectUnderCheck,
  depth: CheckDepth,
): Promise<ProjectOutcome> {
  const times: StepTime[] = [];
  for (const step of stepsOf(project, depth)) {
    const started = performance.now();
    const failure = await step.run().catch((error: unknown) => String(error));
    const seconds = (performance.now() - started) / 1000;
    times.push({ step: step.name, seconds });
    recordTiming({
      part: project.part,
      combination: project.name,
      step: step.name,
      seconds,
      ...(failure !== undefined && { failed: true }),
    });
    if (failure !== undefined)
      return { steps: times, failure: { step: step.name, output: failure } };
  }
  return { steps: times };
}
