import { Queue } from 'bullmq';
import type { Config } from '../config.js';
import { StartupError } from '../startup-error.js';
import { packageInfo } from '../version.js';

/** What a task job carries: the registered task's name is the job's name, its arguments the data. */
export type TaskQueue = Queue<unknown, unknown>;

/** The queue name: TASK_QUEUE, or one named after the service so services can share a Redis. */
export function taskQueueName(config: Pick<Config, 'TASK_QUEUE'>): string {
  return config.TASK_QUEUE ?? `${packageInfo.name}-tasks`;
}

/** REDIS_URL, which a mode that works on the queue (WORKER, BEAT) cannot start without. */
export function queueRedisUrl(config: Pick<Config, 'REDIS_URL'>, mode: string): string {
  if (config.REDIS_URL) return config.REDIS_URL;
  throw new StartupError(
    `${mode} mode needs REDIS_URL, the Redis its task queue lives in (e.g. redis://127.0.0.1:6379)`,
  );
}

/**
 * BullMQ's connection to REDIS_URL; BullMQ opens (and closes) its own
 * connections from it, since a worker's blocking reads need one to itself.
 */
export function queueConnection(redisUrl: string) {
  return { url: redisUrl };
}

export function openTaskQueue(config: Pick<Config, 'TASK_QUEUE'>, redisUrl: string): TaskQueue {
  return new Queue(taskQueueName(config), { connection: queueConnection(redisUrl) });
}
