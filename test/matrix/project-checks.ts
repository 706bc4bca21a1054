import { performance } from 'node:perf_hooks';
import { dependencyProblems } from './declared-imports.js';
import { runCommand } from '../helpers/run-command.js';
import { startService } from '../helpers/start-service.js';

/**
 * What every generated project must do on the day it is generated, run
 * against its own scripts: an honest manifest, lint, type-check, its unit
 * and integration tests (none skipped), and a build that boots on its
 * embedded defaults, answers /healthcheck and exits 0 on SIGTERM.
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

type Step = { name: string; run: () => Promise<string | undefined> };

/** Runs an npm script; resolves with its output as the failure, or undefined when it passed. */
const npmScript =
  (
    project: string,
    env: NodeJS.ProcessEnv,
    script: string,
    check?: (output: string) => string | undefined,
    args: string[] = [],
  ) =>
  async () => {
    const result = await runCommand('npm', ['run', script, '--silent', ...args], project, env);
    if (result.code !== 0) return `npm run ${script} exited ${result.code}:\n${result.output}`;
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

async function boots(project: string): Promise<string | undefined> {
  const build = await runCommand('npm', ['run', 'build', '--silent'], project);
  if (build.code !== 0) return `npm run build exited ${build.code}:\n${build.output}`;
  const service = await startService(project, { NODE_ENV: 'development' });
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

export async function checkProject(
  project: string,
  env: NodeJS.ProcessEnv,
  database: unknown,
): Promise<ProjectOutcome> {
  const testsCheck = database === 'postgres' ? ranOnPostgresServer : noneSkipped;
  const steps: Step[] = [
    {
      name: 'manifest',
      run: () => Promise.resolve().then(() => dependencyProblems(project).join('\n') || undefined),
    },
    { name: 'lint', run: npmScript(project, env, 'lint') },
    { name: 'types', run: npmScript(project, env, 'typecheck') },
    { name: 'tests', run: npmScript(project, env, 'test', testsCheck, ['--', '--verbose']) },
    { name: 'boot', run: () => boots(project) },
  ];
  const times: StepTime[] = [];
  for (const step of steps) {
    const start = performance.now();
    const failure = await step.run().catch((error: unknown) => String(error));
    times.push({ step: step.name, seconds: (performance.now() - start) / 1000 });
    if (failure !== undefined)
      return { steps: times, failure: { step: step.name, output: failure } };
  }
  return { steps: times };
}
