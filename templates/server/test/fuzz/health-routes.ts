import type { FuzzTarget } from '../helpers/fuzz-target.js';

/**
 * The probes, and paths below them that no route answers (404), so every
 * method and body crosses the service-wide parsers.
 */
export const healthFuzz: FuzzTarget = {
  routes: ['GET /healthcheck', 'GET /ping', 'GET /ping/:unknown', 'POST /healthcheck/:unknown'],
};
