import type { Logger } from './logger.js';
import { StartupError } from './startup-error.js';

export interface RetryOptions {
  /** What is being reached, as the messages name it: `DynamoDB at http://db:8000`. */
  what: string;
  /** How long to keep trying (STARTUP_TIMEOUT_MS): long enough for a container starting beside it. */
  timeoutMs: number;
  /**
   * True for a failure that may pass; any other is thrown as it is. By
   * default a network failure (refused, reset, timed out) may pass.
   */
  mayPass?: (error: unknown) => boolean;
  logger: Logger;
}

/** Node's codes for a connection that failed, or might work a moment later. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EPIPE',
]);

/** A failure to connect, found on the error or its causes (clients wrap them). */
export function isNetworkError(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    const { code, name } = current as Error & { code?: string };
    if ((code && NETWORK_CODES.has(code)) || name === 'TimeoutError') return true;
  }
  return false;
}

const FIRST_DELAY_MS = 100;
const LONGEST_DELAY_MS = 2000;

/** An error's message with those of its causes, which clients wrap: `fetch failed (connect ECONNREFUSED ...)`. */
export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined ? error.message : `${error.message} (${reasonOf(error.cause)})`;
}

/**
 * Runs `attempt` until it succeeds, retrying a failure that may pass with
 * backoff for up to `timeoutMs`, so a service started before its database
 * (compose, Kubernetes) waits for it instead of needing start-up ordering.
 * One that still fails then ends the start with one line naming `what`;
 * any other failure is the caller's to name.
 */
export async function retryAtStartup<T>(
  attempt: () => Promise<T>,
  { what, timeoutMs, mayPass = isNetworkError, logger }: RetryOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, LONGEST_DELAY_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!mayPass(error)) throw error;
      if (Date.now() + delay > deadline) {
        throw new StartupError(`cannot reach ${what}: ${reasonOf(error)}`, { cause: error });
      }
      logger.warn(`waiting for ${what} (${reasonOf(error)}); trying again in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
