import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** A Redis connection when REDIS_URL is set; features fall back to in-process state without one. */
export type OptionalRedis = Redis | undefined;

/**
 * Connects to REDIS_URL. Commands fail fast (one retry, a one-second
 * timeout) rather than queueing while Redis is away, so whoever relies on
 * it can fail closed instead of hanging a request.
 */
export function createRedis({ config, logger }: { config: Config; logger: Logger }): OptionalRedis {
  if (!config.REDIS_URL) return undefined;
  const redis = new Redis(config.REDIS_URL, {
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 2000,
  });
  redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis connection error'));
  return redis;
}

/** Closes the connection at shutdown, letting queued commands finish. */
export async function closeRedis(redis: OptionalRedis): Promise<void> {
  await redis?.quit();
}
