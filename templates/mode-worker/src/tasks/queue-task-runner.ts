import { randomUUID } from 'node:crypto';
import type { JobState } from 'bullmq';
import type { AppDeps } from '../deps.js';
import { inProcessTaskRunner } from './in-process-task-runner.js';
import { taskCall } from './run-task.js';
import type { Task, TaskRunner, TaskState } from './task.js';
import { tasks as registry } from './task-registry.js';
import { openTaskQueue, type TaskQueue } from './task-queue.js';

/** A task runner that holds a connection, closed at shutdown. */
export interface ClosableTaskRunner extends TaskRunner {
  close(): Promise<void>;
}

/** How many finished jobs Redis keeps for /tasks/:id; older ones are removed. */
const KEPT = { count: 1000 };

const states: Partial<Record<JobState | 'unknown', TaskState>> = {
  active: 'running',
  completed: 'succeeded',
  failed: 'failed',
};

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
      const job = await queue.add(name, args, {
        jobId: randomUUID(),
        removeOnComplete: KEPT,
        removeOnFail: KEPT,
      });
      return job.id ?? '';
    },
    async status(id) {
      const job = await queue.getJob(id);
      if (!job) return undefined;
      const state = await job.getState();
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
export function createTaskRunner(deps: AppDeps): ClosableTaskRunner {
  const { config, logger } = deps;
  if (config.REDIS_URL) return queueTaskRunner(openTaskQueue(config, config.REDIS_URL));
  logger.info('REDIS_URL is not set: tasks run in the web process, not on a worker');
  return { ...inProcessTaskRunner(deps), close: () => Promise.resolve() };
}

export function closeTaskRunner(runner: ClosableTaskRunner): Promise<void> {
  return runner.close();
}
