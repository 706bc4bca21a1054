import type { Request } from 'express';
import type { ApiClient, Authenticator } from '../../src/auth/api-client.js';
import { AppError } from '../../src/errors.js';

/**
 * A scheme for tests of guarded routes, independent of the schemes the
 * service accepts (each has its own tests): `X-Test-Client: id:scope,scope`.
 * The client `nobody` is refused.
 */
export const headerAuthenticator: Authenticator = {
  scheme: 'Test',
  challenge: 'Test realm="tests"',
  presentIn: (req: Request) => req.get('x-test-client') !== undefined,
  authenticate(req: Request): ApiClient {
    const [id = '', scopes = ''] = (req.get('x-test-client') ?? '').split(':');
    if (id === 'nobody') throw new AppError('unauthorized', 'Unknown client');
    return { id, scheme: 'Test', scopes: scopes.split(',') };
  },
};
