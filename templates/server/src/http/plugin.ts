import type { Router } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** What createApp is built from; tests pass their own to run against real engines. */
export interface AppDeps {
  config: Config;
  logger: Logger;
}

/**
 * A feature's routes. createApp mounts every plugin listed in
 * `src/plugins.ts`, in order, after the cross-cutting middleware.
 */
export type Plugin = (deps: AppDeps) => Router;
