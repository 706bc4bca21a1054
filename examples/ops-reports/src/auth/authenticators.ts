import type { AppDeps } from '../deps.js';
import type { Authenticator } from './api-client.js';
import { apiKeyAuthenticator } from './api-key.js';

/** The API authentication schemes this service accepts, tried in this order. */
export function createAuthenticators(deps: AppDeps): Authenticator[] {
  return [apiKeyAuthenticator(deps)];
}
