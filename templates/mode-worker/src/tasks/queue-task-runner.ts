import { randomUUID } from 'node:crypto';
import type { JobState } from 'bullmq';
import type { Config } from '../config.js';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { inProcessTaskRunner } from './in-process-task-runner.js';
import { taskCall } from './run-task.js';
import type { Task } from './task.js';
import type { TaskRunner, TaskStatus } from './task-runner.js';
import { tasks as registry } from './task-registry.js';
import { openTaskQueue, type TaskQueue } from './task-queue.js';

/** A task runner that holds a connection, closed at shutdown. */
export interface ClosableTaskRunner extends TaskRunner {
  close(): Promise<void>;
}

/** How many finished jobs Redis keeps for /tasks/:id; older ones are removed. */
const KEPT = { count: 1000 };

const states: Partial<Record<JobState | 'unknown', TaskStatus['state']>> = {
  active: 'running',
  completed: 'succeeded',
  failed: 'failed',
};

/** How long a request waits on Redis before it is answered 503. */
const QUEUE_DEADLINE_MS = 2000;
const UNREACHABLE = 'The task queue cannot be reached; try again later';

/**
 * The command's result, or a 503 when Redis fails it or does not answer in
 * time: BullMQ holds commands while Redis is away, and a request must not
 * hang on them. A command that completes after its request gave up is handed
 * to `late`, so a job nobody was told about can be taken back.
 */
async function withinDeadline<T>(command: Promise<T>, late?: (result: T) => unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), QUEUE_DEADLINE_MS);
  });
  try {
    const outcome = await Promise.race([command, deadline]);
    if (outcome !== 'timed-out') return outcome;
    void command.then(late, () => undefined);
    throw new AppError('service_unavailable', UNREACHABLE);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('service_unavailable', UNREACHABLE, undefined, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Queues tasks in Redis for a WORKER to run, checking their arguments
 * first, so a bad request is answered 400 and never reaches a worker.
 */
export function queueTaskRunner(
  queue: TaskQueue,
  tasks: Readonly<Record<string, Task>> = registry,
): ClosableTaskRunner {
  return {
    async enqueue(name, input) {
      const { args } = taskCall(name, input, tasks);
      const options = { jobId: randomUUID(), removeOnComplete: KEPT, removeOnFail: KEPT };
      const job = await withinDeadline(queue.add(name, args, options), (late) => late.remove());
      return job.id ?? '';
    },
    async status(id) {
      const job = await withinDeadline(queue.getJob(id));
      if (!job) return undefined;
      const state = await withinDeadline(job.getState());
      return {
        id,
        task: job.name,
        state: states[state] ?? 'queued',
        queuedAt: new Date(job.timestamp).toISOString(),
        ...(job.finishedOn && { finishedAt: new Date(job.finishedOn).toISOString() }),
        ...(state === 'completed' && { result: job.returnvalue }),
        ...(state === 'failed' && { error: job.failedReason }),
      };
    },
    close: () => queue.close(),
  };
}

/**
 * The web mode's task runner: the queue when REDIS_URL is set, so a WORKER
 * runs the tasks; without Redis (a laptop) they run in the web process.
 */
export function createTaskRunner(deps: {
  config: Config;
  logger: Logger;
  all: () => AppDeps;
}): ClosableTaskRunner {
  const { config, logger } = deps;
  if (config.REDIS_URL) {
    const queue = openTaskQueue(config, config.REDIS_URL);
    queue.on('error', (error) => logger.warn({ err: error }, 'task queue connection error'));
    return queueTaskRunner(queue);
  }
  logger.info('REDIS_URL is not set: tasks run in the web process, not on a worker');
  return { ...inProcessTaskRunner(deps), close: () => Promise.resolve() };
}

export function closeTaskRunner(runner: ClosableTaskRunner): Promise<void> {
  return runner.close();
}
