import { performance } from 'node:perf_hooks';
import type { AppDeps } from '../deps.js';
import { closeDeps, createDeps } from '../deps.js';
import { prepare } from '../startup.js';
import { runTask, type TaskCall } from '../tasks/run-task.js';
import type { ModeStart } from './run-modes.js';
import { parseTaskList } from './task-list.js';

/**
 * TASK mode: runs APP_TASK_LIST in order and exits; 0 when every task
 * succeeded, 1 at the first that failed (the rest are not run), 2 when the
 * list itself is wrong. For release steps and Kubernetes Jobs.
 */
export async function runTaskMode({ config, logger }: ModeStart): Promise<void> {
  const calls = parseTaskList(config.APP_TASK_LIST);
  const deps = await createDeps(config, logger);
  try {
    process.exitCode = await runTaskList(calls, deps, () => prepare(deps));
  } finally {
    await closeDeps(deps);
  }
}

/**
 * Runs checked task calls one after another; resolves to the exit code.
 * `prepare` (the start-up checks) runs once, before the first task that
 * needs it: the tasks ahead of it make what those checks look for
 * (`db-create; db-seed file=...` against a DynamoDB without the table).
 */
export async function runTaskList(
  calls: readonly TaskCall[],
  deps: AppDeps,
  prepare: () => Promise<void>,
): Promise<number> {
  const { logger } = deps;
  let prepared: Promise<void> | undefined;
  for (const [index, call] of calls.entries()) {
    if (!call.task.skipsStartup) await (prepared ??= prepare());
    const started = performance.now();
    const context = { task: call.name, step: `${index + 1}/${calls.length}` };
    logger.info(context, 'task started');
    try {
      const result = await runTask(call, deps);
      logger.info({ ...context, ms: Math.round(performance.now() - started), result }, 'task done');
    } catch (error) {
      const skipped = calls.slice(index + 1).map(({ name }) => name);
      logger.error({ ...context, err: error, skipped }, 'task failed; the rest are not run');
      return 1;
    }
  }
  return 0;
}
