import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensurePostgres, ensureRedis } from '../helpers/machine-services.js';
import { runCli } from '../helpers/run-cli.js';
import type { MatrixEntry } from './matrix-plan.js';
import { checkProject, type ProjectOutcome } from './project-checks.js';
import { installUnion, linkModules, unionOf } from './shared-modules.js';

/**
 * The fast runner: generates every combination without installing, installs
 * the union of their dependencies once, links it into each, then checks
 * them in parallel up to the core count, each against the machine's Redis
 * and PostgreSQL. Reports one line a combination as it finishes.
 */

export interface EntryResult extends ProjectOutcome {
  entry: MatrixEntry;
  project: string;
}

export interface MatrixRun {
  results: EntryResult[];
  installSeconds: number;
  wallSeconds: number;
}

/** Runs `work` over `items`, at most `limit` at a time, in order of start. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

const seconds = (value: number) =>
  value < 120
    ? `${Math.round(value)} s`
    : `${Math.floor(value / 60)} m ${Math.round(value % 60)} s`;

export function resultLine({ entry, steps, failure }: EntryResult, width: number): string {
  const times = steps.map(({ step, seconds: time }) => `${step} ${Math.round(time)} s`).join(', ');
  const status = failure ? `FAIL at ${failure.step}` : 'pass';
  return `${status.padEnd(15)} ${entry.name.padEnd(width)}  ${entry.label || 'the defaults'}  (${times})`;
}

export async function runMatrix(
  entries: readonly MatrixEntry[],
  dir: string,
  report: (line: string) => void,
): Promise<MatrixRun> {
  const started = performance.now();
  const projects = await pool(entries, availableParallelism(), async (entry) => {
    const answers = join(dir, `${entry.name}.answers.json`);
    writeFileSync(answers, JSON.stringify(entry.answers));
    const generated = await runCli(
      [`${entry.name}-svc`, '--yes', '--answers', answers, '--skip-install'],
      dir,
    );
    if (generated.code !== 0)
      throw new Error(`generating ${entry.name} failed:\n${generated.output}`);
    return join(dir, `${entry.name}-svc`);
  });
  const installStart = performance.now();
  const modules = await installUnion(unionOf(projects));
  const installSeconds = (performance.now() - installStart) / 1000;
  report(
    `${entries.length} combinations generated; their dependencies installed once in ${seconds(installSeconds)}`,
  );

  const env = { REDIS_URL: await ensureRedis(), DATABASE_URL: await ensurePostgres(), CI: 'true' };
  const width = Math.max(...entries.map((entry) => entry.name.length));
  const logs = join(dir, 'logs');
  mkdirSync(logs, { recursive: true });
  const results = await pool(entries, availableParallelism(), async (entry) => {
    const project = projects[entries.indexOf(entry)]!;
    linkModules(project, modules);
    const result = {
      entry,
      project,
      ...(await checkProject(project, env, entry.answers.database)),
    };
    if (result.failure) writeFileSync(join(logs, `${entry.name}.log`), result.failure.output);
    report(resultLine(result, width));
    return result;
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const failed = results.filter((result) => result.failure).length;
  report(
    `${results.length} combinations: ${results.length - failed} passed, ${failed} failed, in ${seconds(wallSeconds)}` +
      (failed > 0 ? `; the failures' output is in ${logs}` : ''),
  );
  return { results, installSeconds, wallSeconds };
}
