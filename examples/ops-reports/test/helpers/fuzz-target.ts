import type { Express } from 'express';
import type { Arbitrary } from 'fast-check';
import type { AppDeps } from '../../src/deps.js';

/**
 * JSON routes a feature hands to the fuzz test
 * (`test/integration/json-routes.fuzz.test.ts`), and how to reach past
 * their guard: the test sends them arbitrary bodies, headers and query
 * strings and expects a JSON answer below 500 every time.
 */
export interface FuzzTarget {
  /** `METHOD /path`, with `:name` for a path parameter the test fills. */
  routes: readonly string[];
  /** Variables the deps are built with, such as the API key `credentials` send. */
  env?: Record<string, string>;
  /** Headers that get a request past the routes' guard, sent with half the cases. */
  credentials?: Record<string, string>;
  /** Cookies the routes read, sent with values that trip decoders among arbitrary ones. */
  cookies?: readonly string[];
  /** Query keys the routes read, sent among arbitrary ones. */
  queryKeys?: readonly string[];
  /** Bodies close to valid ones, so the cases reach the handlers and not only the parsers. */
  bodies?: Arbitrary<unknown>;
  /** The app the routes live in, when it is not the service's own (a test authenticator). */
  app?: (deps: AppDeps) => Express;
}
