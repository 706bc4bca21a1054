import type { RequestHandler, Response } from 'express';
import { AppError } from '../errors.js';
import { hasScope, type ApiClient, type Authenticator } from './api-client.js';

/**
 * Lets a request through only when one of the authenticators proves its
 * client and, when a scope is named, the client holds it: 401 without or
 * with bad credentials, 403 without the scope. The client is kept for the
 * handler (`clientOf(res)`).
 */
export function requireClient(
  authenticators: readonly Authenticator[],
  scope?: string,
): RequestHandler {
  const challenges = authenticators.map((authenticator) => authenticator.challenge).join(', ');
  const schemes = authenticators.map((authenticator) => authenticator.scheme).join(' or ');
  return async (req, res, next) => {
    const authenticator = authenticators.find((candidate) => candidate.presentIn(req));
    if (!authenticator) {
      throw new AppError('unauthorized', `This route needs ${schemes} credentials`).withHeaders({
        'WWW-Authenticate': challenges,
      });
    }
    const client = await authenticator.authenticate(req, res);
    if (scope && !hasScope(client, scope)) {
      throw new AppError('forbidden', `Client ${client.id} does not hold the scope ${scope}`);
    }
    res.locals.client = client;
    next();
  };
}

/** The client requireClient let through. */
export function clientOf(res: Response): ApiClient {
  return res.locals.client as ApiClient;
}
