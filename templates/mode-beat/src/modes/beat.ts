import { AppError } from '../errors.js';
import { closeRedis, createRedis } from '../redis/redis.js';
import { checkRedis } from '../redis/redis-startup.js';
import { StartupError } from '../startup-error.js';
import { schedule } from '../tasks/schedule.js';
import { syncSchedule } from '../tasks/sync-schedule.js';
import { openTaskQueue, queueRedisUrl, taskQueueName } from '../tasks/task-queue.js';
import type { ModeStart } from './run-modes.js';

/**
 * BEAT mode: writes the schedule of src/tasks/schedule.ts into Redis as
 * BullMQ job schedulers, then exits 0. BullMQ keeps the schedule and each
 * worker queues the next run as it takes one, so no process has to stay up
 * to tick: run BEAT on every deploy (a Kubernetes Job, a release step).
 */
export async function runBeatMode({ config, logger }: ModeStart): Promise<void> {
  const redisUrl = queueRedisUrl(config, 'BEAT');
  // BullMQ waits for Redis forever; a start waits STARTUP_TIMEOUT_MS, then says so in one line.
  const redis = createRedis({ config, logger });
  try {
    await checkRedis({ config, redis, logger });
  } finally {
    await closeRedis(redis);
  }
  const queue = openTaskQueue(config, redisUrl);
  queue.on('error', (error) => logger.warn({ err: error }, 'task queue connection error'));
  try {
    const { upserted, removed } = await syncSchedule(queue, schedule);
    logger.info({ queue: taskQueueName(config), upserted, removed }, 'schedule synced');
  } catch (error) {
    if (error instanceof AppError)
      throw new StartupError(`src/tasks/schedule.ts: ${error.message}`);
    throw error;
  } finally {
    await queue.close();
  }
}
