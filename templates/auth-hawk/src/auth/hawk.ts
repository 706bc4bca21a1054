import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import Hawk from 'hawk';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { SchemeDoc } from '../openapi/route-docs.js';
import type { ApiClient, Authenticator } from './api-client.js';
import type { HawkUser } from './hawk-user.js';

/** What hawk throws: a Boom error whose output carries the status and the challenge. */
type HawkFailure = Error & { output?: { statusCode: number; headers: Record<string, string> } };

/**
 * Host and port as the client signed them. Behind a trusted proxy (TRUST_PROXY)
 * they come from X-Forwarded-Host and X-Forwarded-Port, else from Host.
 */
function signedTarget(req: Request): { host: string; port: number } {
  const trusted = (req.app.get('trust proxy fn') as (address: string, hop: number) => boolean)(
    req.socket.remoteAddress ?? '',
    0,
  );
  const forwardedPort = trusted ? req.get('x-forwarded-port') : undefined;
  const [, hostPort] = /:(\d+)$/.exec(req.host) ?? [];
  const port = forwardedPort ?? hostPort ?? (req.protocol === 'https' ? '443' : '80');
  return { host: req.hostname, port: Number(port) };
}

function toAppError(failure: HawkFailure): AppError {
  const status = failure.output?.statusCode;
  if (status === 400)
    return new AppError('bad_request', `Malformed Hawk header: ${failure.message}`);
  if (status !== 401) throw failure;
  return new AppError('unauthorized', `Hawk: ${failure.message}`).withHeaders(
    failure.output?.headers ?? {},
  );
}

/** Signs the response body with the request's credentials (the Server-Authorization header). */
function signResponses(res: Response, authentication: Hawk.server.Authentication): void {
  const send = res.send.bind(res);
  res.send = (body: unknown) => {
    const payload = Buffer.isBuffer(body) ? body.toString() : String(body);
    const contentType = String(res.get('Content-Type') ?? '');
    const { credentials, artifacts } = authentication;
    res.set(
      'Server-Authorization',
      Hawk.server.header(credentials, artifacts, { payload, contentType }),
    );
    return send(body);
  };
}

/**
 * Requests signed with Hawk (sha256) by the users of the Hawk user store.
 * Timestamps may be HAWK_TIMESTAMP_SKEW_SEC off; each nonce is accepted once;
 * a payload hash, when the client sends one, must match the raw body.
 */
export function hawkAuthenticator({ config, hawkUsers, hawkNonces }: AppDeps): Authenticator {
  return {
    scheme: 'Hawk',
    challenge: 'Hawk',
    presentIn: (req) => /^hawk\s/i.test(req.get('authorization') ?? ''),
    async authenticate(req, res): Promise<ApiClient> {
      let found: HawkUser | undefined;
      // hawk answers "Unknown credentials" when this resolves to nothing; its types do not say so.
      const credentialsFunc = (async (id: string) => {
        found = await hawkUsers.find(id);
        return found && { id, key: found.key, algorithm: 'sha256', user: id };
      }) as Hawk.server.CredentialsFunc;
      const nonceFunc = async (_key: string, nonce: string, ts: string) => {
        if (!(await hawkNonces.firstSighting(`${found?.id}:${nonce}:${ts}`))) {
          throw new Error('replayed nonce');
        }
      };
      // hawk reads method, url and headers; the url must be the one the client signed, mount path included.
      const signed = {
        method: req.method,
        url: req.originalUrl,
        headers: req.headers,
      } as IncomingMessage;
      const authentication = await Hawk.server
        .authenticate(signed, credentialsFunc, {
          ...signedTarget(req),
          nonceFunc,
          timestampSkewSec: config.HAWK_TIMESTAMP_SKEW_SEC,
        })
        .catch((failure: HawkFailure) => {
          throw toAppError(failure);
        });
      // The payload is checked only when the client hashed it, as Hawk leaves that to the client.
      if (authentication.artifacts.hash) {
        const { credentials, artifacts } = authentication;
        const payload = req.rawBody?.toString() ?? '';
        try {
          Hawk.server.authenticatePayload(
            payload,
            credentials,
            artifacts,
            req.get('content-type') ?? '',
          );
        } catch (failure) {
          throw toAppError(failure as HawkFailure);
        }
      }
      if (config.HAWK_SIGN_RESPONSES) signResponses(res, authentication);
      // authenticate succeeds only after credentialsFunc found the user.
      const user = found as HawkUser;
      return { id: user.id, scheme: 'Hawk', scopes: user.scopes };
    },
  };
}

/** The scheme as the OpenAPI document names it. */
export const hawkScheme: SchemeDoc = {
  name: 'hawk',
  scheme: {
    type: 'http',
    scheme: 'hawk',
    description:
      'A Hawk signature of the request (https://github.com/mozilla/hawk) by a user of the Hawk users store; the answer is signed in Server-Authorization',
  },
};
