import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppDeps } from './deps.js';
import { errorHandler } from './http/error-handler.js';
import { notFound } from './http/not-found.js';
import type { Plugin } from './http/plugin.js';
import { requestLogging } from './http/request-logging.js';
import { errorPages, middleware, plugins as featurePlugins } from './plugins.js';

/**
 * TRUST_PROXY as express takes it: `true`, `false`, a hop count, or
 * addresses and subnets (comma-separated) whose X-Forwarded-* headers count.
 */
function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Builds the service around the dependencies it is given; never listens, so
 * tests and every run mode share it.
 */
export function createApp(deps: AppDeps, plugins: readonly Plugin[] = featurePlugins): Express {
  const app = express();
  app.set('trust proxy', trustProxy(deps.config.TRUST_PROXY));
  app.use(requestLogging(deps.logger));
  app.use(helmet());
  // Answers over 1 KB, brotli or gzip as the client accepts; bodies a route already
  // compressed (src/http/precompressed.ts) are left as they are.
  app.use(compression());
  // No body parser here: a route that takes a body brings its own (src/http/json-body.ts).
  for (const handler of middleware) app.use(handler(deps));
  for (const plugin of plugins) app.use(plugin(deps));
  app.use(notFound);
  for (const handler of errorPages) app.use(handler(deps));
  app.use(errorHandler);
  return app;
}
