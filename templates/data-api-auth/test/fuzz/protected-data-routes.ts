import fc from 'fast-check';
import { createApp } from '../../src/app.js';
import { protectedDataRoutesWith } from '../../src/data/protected-data.routes.js';
import type { FuzzTarget } from '../helpers/fuzz-target.js';
import { headerAuthenticator } from '../helpers/header-authenticator.js';

const routes = ['GET /get-data-authenticated', 'POST /train-model', 'GET /tasks/:id'];

/** The guarded routes as the service mounts them: arbitrary credentials meet the real schemes. */
export const guardedDataFuzz: FuzzTarget = { routes, queryKeys: ['orientation', 'next-id'] };

/** The same routes behind the test scheme, so half the cases reach the handlers. */
export const protectedDataFuzz: FuzzTarget = {
  routes,
  queryKeys: ['orientation', 'next-id'],
  credentials: { 'X-Test-Client': 'fuzzer:*' },
  // Few epochs, so the trainings the cases queue finish with the test.
  bodies: fc.record(
    {
      epochs: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.jsonValue()),
      learningRate: fc.oneof(fc.double(), fc.jsonValue()),
    },
    { requiredKeys: [] },
  ),
  app: (deps) => createApp(deps, [protectedDataRoutesWith([headerAuthenticator])]),
};
