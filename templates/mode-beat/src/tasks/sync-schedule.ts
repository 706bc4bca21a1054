import { taskCall } from './run-task.js';
import type { Task } from './task.js';
import { tasks as registry } from './task-registry.js';
import type { TaskQueue } from './task-queue.js';

export interface ScheduleEntry {
  /** The job scheduler's id in Redis: renaming an entry replaces its scheduler. */
  name: string;
  task: string;
  pattern: string;
  args?: unknown;
}

/**
 * Makes the queue's job schedulers match `entries`: adds or updates each
 * (BullMQ queues its next run at once) and removes those no entry names any
 * more. Every entry is checked against the registry first, so a typo stops
 * the sync before Redis is touched.
 */
export async function syncSchedule(
  queue: TaskQueue,
  entries: readonly ScheduleEntry[],
  tasks: Readonly<Record<string, Task>> = registry,
): Promise<{ upserted: string[]; removed: string[] }> {
  const calls = entries.map((entry) => ({ entry, call: taskCall(entry.task, entry.args, tasks) }));
  for (const { entry, call } of calls) {
    await queue.upsertJobScheduler(
      entry.name,
      { pattern: entry.pattern, tz: 'UTC' },
      { name: entry.task, data: call.args },
    );
  }
  const wanted = new Set(entries.map(({ name }) => name));
  const stale = (await queue.getJobSchedulers())
    .map(({ key }) => key)
    .filter((key) => !wanted.has(key));
  for (const key of stale) await queue.removeJobScheduler(key);
  return { upserted: [...wanted], removed: stale };
}
