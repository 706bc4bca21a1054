import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/**
 * JSON lines on stdout, for the platform to collect; `npm run dev` pipes
 * them through pino-pretty. Commands log to stderr instead (`fd` 2).
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, fd = 1): Logger {
  return pino({ level: config.LOG_LEVEL }, pino.destination(fd));
}
