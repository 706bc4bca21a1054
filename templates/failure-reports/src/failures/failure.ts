import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** Something that went wrong that a person should hear of. */
export interface Failure {
  /** A request answered with a 5xx, a task that threw, or a start that did not finish. */
  kind: 'request' | 'task' | 'start';
  error: unknown;
  /** For a request: its id (as logged), method, path without the query, and status. */
  request?: { id: string; method: string; path: string; status: number };
  /** For a task: its name. */
  task?: string;
}

/** Tells someone of failures: an error tracker, a chat channel. */
export interface FailureReporter {
  /** Takes the failure and returns at once; sending is the reporter's own work. */
  report(failure: Failure): void;
  /** Resolves once what was reported has been sent, or after `timeoutMs`. */
  flush(timeoutMs: number): Promise<void>;
  /** Sends what is pending, then lets go of what it holds (timers, listeners). */
  close(timeoutMs: number): Promise<void>;
}

/** Made at start from the config; undefined when its settings are unset. */
export type FailureReporterFactory = (
  config: Config,
  logger: Logger,
) => Promise<FailureReporter | undefined>;
