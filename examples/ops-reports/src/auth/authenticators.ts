import type { AppDeps } from '../deps.js';
import type { SchemeDoc } from '../openapi/route-docs.js';
import type { Authenticator } from './api-client.js';
import { apiKeyAuthenticator, apiKeyScheme } from './api-key.js';

/** The API authentication schemes this service accepts, tried in this order. */
export function createAuthenticators(deps: AppDeps): Authenticator[] {
  return [apiKeyAuthenticator(deps)];
}

/** The same schemes, as the OpenAPI document describes them. */
export const apiSchemes: readonly SchemeDoc[] = [apiKeyScheme];
