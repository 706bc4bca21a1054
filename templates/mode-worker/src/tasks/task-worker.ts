import { Worker } from 'bullmq';
import type { AppDeps } from '../deps.js';
import { runTask, taskCall } from './run-task.js';
import type { Task } from './task.js';
import { tasks as registry } from './task-registry.js';
import { queueConnection, taskQueueName } from './task-queue.js';

export interface TaskWorkerOptions {
  redisUrl: string;
  /** How many jobs this process runs at once. */
  concurrency: number;
  tasks?: Readonly<Record<string, Task>>;
}

/** A BullMQ worker running the queue's jobs through the task registry, with the service's deps. */
export function startTaskWorker(
  deps: AppDeps,
  { redisUrl, concurrency, tasks = registry }: TaskWorkerOptions,
): Worker {
  const { config, logger } = deps;
  const worker = new Worker(
    taskQueueName(config),
    (job) => runTask(taskCall(job.name, job.data, tasks), deps),
    { connection: queueConnection(redisUrl), concurrency },
  );
  worker.on('completed', (job) => logger.info({ task: job.name, taskId: job.id }, 'task done'));
  worker.on('failed', (job, error) =>
    logger.error({ err: error, task: job?.name, taskId: job?.id }, 'task failed'),
  );
  worker.on('error', (error) => logger.warn({ err: error }, 'task worker error'));
  return worker;
}

/**
 * Stops taking jobs and waits for the running ones, up to `timeoutMs`; then
 * closes regardless, and BullMQ hands the cut jobs to another worker once
 * their locks expire. Resolves to whether everything finished.
 */
export async function drainTaskWorker(worker: Worker, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const drained = await Promise.race([worker.close().then(() => true as const), deadline]);
  clearTimeout(timer);
  if (!drained) await worker.close(true);
  return drained;
}
