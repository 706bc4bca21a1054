import type { RequestHandler, Router } from 'express';
import type { AppDeps } from '../deps.js';

/**
 * A feature's routes. createApp mounts every plugin listed in
 * `src/plugins.ts`, in order, after the cross-cutting middleware.
 */
export type Plugin = (deps: AppDeps) => Router;

/**
 * A feature's handler for every request, run by createApp before any
 * plugin: it reads what the request carries (a session) for the routes.
 */
export type Middleware = (deps: AppDeps) => RequestHandler;
