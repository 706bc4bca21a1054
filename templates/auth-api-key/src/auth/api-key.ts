import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { SchemeDoc } from '../openapi/route-docs.js';
import type { ApiClient, Authenticator } from './api-client.js';

const HEADER = 'x-api-key';

// Comparing digests keeps the comparison constant-time whatever the lengths of the keys.
const digest = (key: string) => createHash('sha256').update(key).digest();

/**
 * `X-API-KEY: <key>` checked against the keys in API_KEYS and API_KEY. A client is
 * named by a fingerprint of its key, so logs tell keys apart without
 * showing them; every key may call every route.
 */
export function apiKeyAuthenticator({ config, logger }: AppDeps): Authenticator {
  const accepted = [...config.API_KEYS, ...(config.API_KEY ? [config.API_KEY] : [])];
  const keys = accepted.map((key) => ({
    digest: digest(key),
    fingerprint: digest(key).toString('hex').slice(0, 8),
  }));
  if (keys.length === 0)
    logger.warn('API_KEYS and API_KEY are empty: every request with X-API-KEY is refused');

  return {
    scheme: 'api-key',
    challenge: `API-Key header="X-API-KEY"`,
    presentIn: (req: Request) => req.get(HEADER) !== undefined,
    authenticate(req: Request): ApiClient {
      const offered = digest(req.get(HEADER) ?? '');
      // Check every key, so the time taken does not tell which one came close.
      const match = keys.reduce<(typeof keys)[number] | undefined>(
        (found, key) => (timingSafeEqual(key.digest, offered) ? key : found),
        undefined,
      );
      if (!match) {
        throw new AppError('unauthorized', 'The API key is not valid').withHeaders({
          'WWW-Authenticate': 'API-Key header="X-API-KEY"',
        });
      }
      return { id: `api-key:${match.fingerprint}`, scheme: 'api-key', scopes: ['*'] };
    },
  };
}

/** The scheme as the OpenAPI document names it. */
export const apiKeyScheme: SchemeDoc = {
  name: 'apiKey',
  scheme: {
    type: 'apiKey',
    in: 'header',
    name: 'X-API-KEY',
    description: 'A key from API_KEYS or API_KEY',
  },
};
