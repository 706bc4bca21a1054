import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.js';
import type { Logger } from '../logger.js';
import { runTask, taskCall, type TaskCall } from './run-task.js';
import type { Task } from './task.js';
import type { TaskRunner, TaskStatus } from './task-runner.js';
import { tasks as registry } from './task-registry.js';

/** How many finished tasks are remembered; the oldest are forgotten first. */
const REMEMBERED = 1000;

/**
 * Runs tasks in this process, one after another, after the request that
 * queued them has been answered. The statuses live in memory: a restart
 * forgets them, which is what a queue-backed runner is for.
 */
export function inProcessTaskRunner(
  { logger, all }: { logger: Logger; all: () => AppDeps },
  tasks: Readonly<Record<string, Task>> = registry,
): TaskRunner {
  const statuses = new Map<string, TaskStatus>();
  let queue = Promise.resolve();

  const forgetOldest = () => {
    for (const [id, status] of statuses) {
      if (statuses.size <= REMEMBERED) return;
      if (status.finishedAt) statuses.delete(id);
    }
  };

  const run = async (status: TaskStatus, call: TaskCall) => {
    status.state = 'running';
    try {
      status.result = await runTask(call, all());
      status.state = 'succeeded';
    } catch (error) {
      status.state = 'failed';
      status.error = (error as Error).message;
      logger.error({ err: error, task: status.task, taskId: status.id }, 'task failed');
    }
    status.finishedAt = new Date().toISOString();
    forgetOldest();
  };

  return {
    enqueue(name, input) {
      // Thrown inside the executor, a refusal of taskCall rejects the promise.
      return new Promise((resolve) => {
        const call = taskCall(name, input, tasks);
        const status: TaskStatus = {
          id: randomUUID(),
          task: name,
          state: 'queued',
          queuedAt: new Date().toISOString(),
        };
        statuses.set(status.id, status);
        // setImmediate: the task starts only once the request that queued it has been answered.
        queue = queue
          .then(() => new Promise((next) => setImmediate(next)))
          .then(() => run(status, call));
        resolve(status.id);
      });
    },
    status(id) {
      const status = statuses.get(id);
      // A copy, so a caller never sees it change under them.
      return Promise.resolve(status && { ...status });
    },
  };
}
