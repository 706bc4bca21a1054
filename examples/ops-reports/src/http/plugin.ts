import type { Router } from 'express';
import type { AppDeps } from '../deps.js';

/**
 * A feature's routes. createApp mounts every plugin listed in
 * `src/plugins.ts`, in order, after the cross-cutting middleware.
 */
export type Plugin = (deps: AppDeps) => Router;
