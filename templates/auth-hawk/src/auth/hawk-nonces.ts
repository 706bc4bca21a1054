import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { OptionalRedis } from '../redis/redis.js';
import { StartupError } from '../startup-error.js';

/** How long a nonce is remembered: longer than the whole window of accepted timestamps. */
export const NONCE_TTL_SECONDS = 300;

/** Remembers which nonces were seen, so a captured request cannot be replayed. */
export interface NonceCache {
  /** True the first time `key` is seen within the TTL; false for a replay. Throws when it cannot tell. */
  firstSighting(key: string): Promise<boolean>;
}

/** Shared by every instance of the service, so a request replayed to another instance is caught too. */
export function redisNonceCache(redis: NonceRedis): NonceCache {
  return {
    async firstSighting(key) {
      const stored = await redis.set(`hawk:nonce:${key}`, '1', 'EX', NONCE_TTL_SECONDS, 'NX');
      return stored === 'OK';
    },
  };
}
type NonceRedis = NonNullable<OptionalRedis>;

/**
 * For one instance without Redis: bounded and expiring. When full of live
 * nonces it refuses rather than forgets, since forgetting would let a
 * replay through.
 */
export function memoryNonceCache(limit = 100_000, now = () => Date.now()): NonceCache {
  const seen = new Map<string, number>();
  return {
    firstSighting(key) {
      const time = now();
      // Entries are in insertion order, so the expired ones are at the front.
      for (const [oldKey, expires] of seen) {
        if (expires > time) break;
        seen.delete(oldKey);
      }
      if (seen.has(key)) return Promise.resolve(false);
      if (seen.size >= limit) return Promise.reject(new Error('the in-memory nonce cache is full'));
      seen.set(key, time + NONCE_TTL_SECONDS * 1000);
      return Promise.resolve(true);
    },
  };
}

/**
 * Redis when there is one. Without it the nonces live in this process,
 * which is only safe when this process serves every request: several web
 * workers, or several instances behind a load balancer (pods of one
 * deployment), would each accept a request replayed to another. So such a
 * start is refused: always with several workers, and in production unless
 * HAWK_SINGLE_INSTANCE declares that one instance serves everything.
 */
export function createNonceCache({
  config,
  logger,
  redis,
}: {
  config: Pick<Config, 'APP_RUN_MODE' | 'APP_WORKER_COUNT' | 'NODE_ENV' | 'HAWK_SINGLE_INSTANCE'>;
  logger: Logger;
  redis: OptionalRedis;
}): NonceCache {
  if (redis) return redisNonceCache(redis);
  if (config.APP_RUN_MODE === 'WEB' && config.APP_WORKER_COUNT > 1) {
    throw new StartupError(
      `REDIS_URL: missing; with APP_WORKER_COUNT=${config.APP_WORKER_COUNT} web workers, Hawk nonces must be shared through Redis, or a request replayed to another worker is accepted`,
    );
  }
  if (config.NODE_ENV === 'production' && !config.HAWK_SINGLE_INSTANCE) {
    throw new StartupError(
      'REDIS_URL: missing; in production Hawk nonces must be shared through Redis, or a request replayed to another instance is accepted; set REDIS_URL, or HAWK_SINGLE_INSTANCE=true if one instance serves every request',
    );
  }
  logger.info('REDIS_URL is not set: Hawk nonces are remembered by this process alone');
  return memoryNonceCache();
}
