import { ReplyError } from 'ioredis';
import type { AppDeps } from '../deps.js';
import { retryAtStartup } from '../startup-retry.js';

/** A Redis URL as messages show it: without its password. */
export function shownRedisUrl(url: string): string {
  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  return shown.toString();
}

/**
 * Startup step: with REDIS_URL set, Redis answers a PING (waited for while
 * it does not, for STARTUP_TIMEOUT_MS), or the start ends in one line that
 * names REDIS_URL. A set REDIS_URL is required: the in-process fallback is
 * for when it is unset, never for when it is wrong.
 */
export async function checkRedis({
  config,
  redis,
  logger,
}: Pick<AppDeps, 'config' | 'redis' | 'logger'>): Promise<void> {
  if (!redis || !config.REDIS_URL) return;
  // A PING that gives up says only that it gave up; the connection's own error says why.
  let connectionError: Error | undefined;
  redis.on('error', (error: Error) => (connectionError = error));
  const ping = () =>
    redis.ping().catch((error: unknown) => {
      throw error instanceof ReplyError ? error : (connectionError ?? error);
    });
  await retryAtStartup(ping, {
    what: `Redis at ${shownRedisUrl(config.REDIS_URL)} (REDIS_URL)`,
    timeoutMs: config.STARTUP_TIMEOUT_MS,
    // Redis answered with an error (a wrong password, say): waiting will not change it.
    mayPass: (error) => !(error instanceof ReplyError),
    logger,
  });
}
