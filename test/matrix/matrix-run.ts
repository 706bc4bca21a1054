import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensurePostgres, ensureRedis } from '../helpers/machine-services.js';
import { MINUTES } from '../helpers/process-group.js';
import { runCli } from '../helpers/run-cli.js';
import { recordTiming, timed } from '../helpers/timings.js';
import { checkProject, type CheckDepth, type ProjectOutcome } from './project-checks.js';
import { installShared, linkModules } from './shared-modules.js';

/**
 * The fast runner of the matrix and the every-feature-alone tier: installs
 * the shared node_modules while it generates every combination without
 * installing, links it into each, then checks them in parallel up to the
 * core count, each against the machine's Redis and PostgreSQL. Reports one
 * line a combination as it finishes.
 */

export interface TierEntry {
  name: string;
  /** The full answers, but the name. */
  answers: Record<string, unknown>;
  /** What the answers differ from the defaults by, e.g. `postgres hawk+api-key task`. */
  label: string;
  /** Its own checks where they are not the tier's. */
  depth?: CheckDepth;
}

export interface EntryResult extends ProjectOutcome {
  entry: TierEntry;
  project: string;
}

export interface TierRun {
  results: EntryResult[];
  wallSeconds: number;
}

export interface TierOptions {
  /** The part of the suite, in the timings table and the lines reported. */
  part: string;
  depth: CheckDepth;
  report: (line: string) => void;
}

/** Runs `work` over `items`, at most `limit` at a time, in order of start. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
) {
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

/** Generates `entry` into `dir/<name>-svc` with the real CLI, without installing. */
export async function generateEntry(entry: TierEntry, dir: string, part: string): Promise<string> {
  const answers = join(dir, `${entry.name}.answers.json`);
  writeFileSync(answers, JSON.stringify(entry.answers));
  const generated = await timed(part, entry.name, 'generate', () =>
    runCli([`${entry.name}-svc`, '--yes', '--answers', answers, '--skip-install'], dir),
  );
  if (generated.code !== 0)
    throw new Error(`generating ${entry.name} failed:\n${generated.output}`);
  return join(dir, `${entry.name}-svc`);
}

export async function runTier(
  entries: readonly TierEntry[],
  dir: string,
  { part, depth, report }: TierOptions,
): Promise<TierRun> {
  const started = performance.now();
  // The install waits on disk and the npm cache while generation takes the cores.
  const installing = installShared().then((modules) => {
    const installSeconds = (performance.now() - started) / 1000;
    recordTiming({ part, combination: '(all)', step: 'install', seconds: installSeconds });
    return modules;
  });
  installing.catch(() => undefined);
  const projects = await pool(entries, availableParallelism(), (entry) =>
    generateEntry(entry, dir, part),
  );
  const modules = await installing;
  report(`${entries.length} combinations generated, the shared install ready`);

  const env = { REDIS_URL: await ensureRedis(), DATABASE_URL: await ensurePostgres(), CI: 'true' };
  const width = Math.max(...entries.map((entry) => entry.name.length));
  const logs = join(dir, 'logs');
  mkdirSync(logs, { recursive: true });
  const results = await pool(entries, availableParallelism(), async (entry) => {
    const project = projects[entries.indexOf(entry)]!;
    linkModules(project, modules);
    const outcome = await checkProject(
      { name: entry.name, dir: project, answers: entry.answers, env, part },
      entry.depth ?? depth,
    );
    const result = { entry, project, ...outcome };
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
  return { results, wallSeconds };
}

/** A jest hook's bound for a whole tier: long enough for every step's deadline, one lane at a time. */
export const tierHookTimeout = (entries: number) => (entries + 2) * 15 * MINUTES;

/** Fails with the step a combination of the run failed at, where it is, and what it printed. */
export function expectPassed(run: TierRun, name: string): void {
  const result = run.results.find((candidate) => candidate.entry.name === name)!;
  if (result.failure)
    throw new Error(
      `${name} failed at ${result.failure.step} in ${result.project}:\n${result.failure.output}`,
    );
}
