import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { Task, TaskRunner, TaskStatus } from './task.js';
import { tasks as registry } from './task-registry.js';

export type { TaskRunner };

/** How many finished tasks are remembered; the oldest are forgotten first. */
const REMEMBERED = 1000;

/**
 * Runs tasks in this process, one after another, after the request that
 * queued them has been answered. The statuses live in memory: a restart
 * forgets them, which is what a queue-backed runner is for.
 */
export function inProcessTaskRunner(
  deps: AppDeps,
  tasks: Readonly<Record<string, Task>> = registry,
): TaskRunner {
  const { logger } = deps;
  const statuses = new Map<string, TaskStatus>();
  let queue = Promise.resolve();

  const forgetOldest = () => {
    for (const [id, status] of statuses) {
      if (statuses.size <= REMEMBERED) return;
      if (status.finishedAt) statuses.delete(id);
    }
  };

  const run = async (status: TaskStatus, task: Task, args: unknown) => {
    status.state = 'running';
    try {
      status.result = await task.run(args, deps);
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
      const task = tasks[name];
      if (!task) return Promise.reject(new AppError('not_found', `No task named ${name}`));
      const parsed = task.args.safeParse(input ?? {});
      if (!parsed.success) {
        const problems = parsed.error.issues.map(({ path, message }) => ({
          field: path.join('.'),
          message,
        }));
        return Promise.reject(new AppError('bad_request', `Bad arguments for ${name}`, problems));
      }
      const status: TaskStatus = {
        id: randomUUID(),
        task: name,
        state: 'queued',
        queuedAt: new Date().toISOString(),
      };
      statuses.set(status.id, status);
      // setImmediate: the task starts only once the request that queued it has been answered.
      queue = queue
        .then(() => new Promise((resolve) => setImmediate(resolve)))
        .then(() => run(status, task, parsed.data));
      return Promise.resolve(status.id);
    },
    status(id) {
      const status = statuses.get(id);
      // A copy, so a caller never sees it change under them.
      return Promise.resolve(status && { ...status });
    },
  };
}

export function createTaskRunner(deps: AppDeps): TaskRunner {
  return inProcessTaskRunner(deps);
}
