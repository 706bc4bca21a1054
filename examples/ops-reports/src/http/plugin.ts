import type { ErrorRequestHandler, RequestHandler, Router } from 'express';
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

/**
 * A feature's answer to errors in a form of its own (an HTML page for a
 * browser), run by createApp before the JSON error handler; it passes on
 * what it does not answer.
 */
export type ErrorPages = (deps: AppDeps) => ErrorRequestHandler;
