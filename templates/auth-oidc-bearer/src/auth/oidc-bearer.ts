import type { Request } from 'express';
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { SchemeDoc } from '../openapi/route-docs.js';
import type { ApiClient, Authenticator } from './api-client.js';
import { requireClient } from './require-client.js';

/** The scope a bearer client holds when its entitlements include an admin one. */
export const ADMIN_SCOPE = 'admin';

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/** An issuer's signing keys, found once through its discovery document; jose caches and refreshes them. */
function keysOf(issuer: string): () => Promise<KeySet> {
  let keys: Promise<KeySet> | undefined;
  const discover = async () => {
    const discovery = new URL(
      '.well-known/openid-configuration',
      issuer.endsWith('/') ? issuer : `${issuer}/`,
    );
    const response = await fetch(discovery);
    if (!response.ok) throw new Error(`${discovery.href} answered ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri: string };
    return createRemoteJWKSet(new URL(jwksUri));
  };
  return () => {
    // A failed discovery is not cached: the next request tries again.
    keys ??= discover().catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };
}

const invalidToken = (description: string) =>
  new AppError('unauthorized', `Bearer: ${description}`).withHeaders({
    'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"`,
  });

/** A claim that may be one string, a list of them, or (for `scope`) a space-separated string. */
function listClaim(value: unknown, separator = ' '): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? value.split(separator).filter(Boolean) : [];
}

/**
 * `Authorization: Bearer <JWT>` from a trusted OIDC issuer, checked against
 * the issuer's published keys, its expiry and OIDC_AUDIENCE. The client's
 * scopes are the token's `scope`, plus `admin` when its entitlements claim
 * holds one of ADMIN_ENTITLEMENTS.
 */
export function bearerAuthenticator({ config, logger }: AppDeps): Authenticator {
  const issuers = new Map(config.OIDC_TRUSTED_ISSUERS.map((issuer) => [issuer, keysOf(issuer)]));
  const configured = issuers.size > 0 && config.OIDC_AUDIENCE !== '';
  if (!configured)
    logger.warn('OIDC_TRUSTED_ISSUERS or OIDC_AUDIENCE is not set: bearer tokens are refused');

  const verify = async (token: string): Promise<JWTPayload> => {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw invalidToken('the token is not a JWT');
    }
    const keys = issuer === undefined ? undefined : issuers.get(issuer);
    if (!configured || !keys)
      throw invalidToken(`tokens of issuer ${issuer ?? '(none)'} are not accepted`);
    const keySet = await keys().catch((error: unknown) => {
      logger.error({ err: error, issuer }, 'cannot read the signing keys of a trusted issuer');
      throw new AppError(
        'service_unavailable',
        'The token issuer cannot be reached; try again later',
      );
    });
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer,
        audience: config.OIDC_AUDIENCE,
      });
      return payload;
    } catch (error) {
      throw invalidToken((error as Error).message);
    }
  };

  return {
    scheme: 'Bearer',
    challenge: 'Bearer',
    presentIn: (req: Request) => /^bearer\s/i.test(req.get('authorization') ?? ''),
    async authenticate(req: Request): Promise<ApiClient> {
      const payload = await verify((req.get('authorization') ?? '').replace(/^bearer\s+/i, ''));
      const entitlements = listClaim(payload[config.OIDC_ENTITLEMENTS_CLAIM]);
      const admin = entitlements.some((entitlement) =>
        config.ADMIN_ENTITLEMENTS.includes(entitlement),
      );
      const scopes = [...listClaim(payload.scope), ...(admin ? [ADMIN_SCOPE] : [])];
      return { id: payload.sub ?? '(no subject)', scheme: 'Bearer', scopes };
    },
  };
}

/** Any caller with a valid token (or other accepted credentials). */
export const requireUser = (authenticators: readonly Authenticator[]) =>
  requireClient(authenticators);

/** A caller whose token carries an admin entitlement. */
export const requireAdmin = (authenticators: readonly Authenticator[]) =>
  requireClient(authenticators, ADMIN_SCOPE);

/** The scheme as the OpenAPI document names it. */
export const bearerScheme: SchemeDoc = {
  name: 'bearer',
  scheme: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An access token of the OIDC issuers in OIDC_TRUSTED_ISSUERS',
  },
};
