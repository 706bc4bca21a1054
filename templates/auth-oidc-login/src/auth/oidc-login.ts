import type { Request, RequestHandler } from 'express';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

/** Who is signed in, as the session cookie holds them. */
export interface SessionUser {
  sub: string;
  email?: string;
  name?: string;
}

/** The cookie that holds the signed-in user, and for how long a sign-in lasts. */
export const SESSION = 'session';
export const SESSION_SECONDS = 8 * 60 * 60;

/** The issuer to sign in with: OIDC_ISSUER_URL, or the Auth0 tenant AUTH0_DOMAIN names. */
export function issuerOf(config: Config): string | undefined {
  if (config.OIDC_ISSUER_URL) return config.OIDC_ISSUER_URL;
  return config.AUTH0_DOMAIN ? `https://${config.AUTH0_DOMAIN}/` : undefined;
}

/** What sign-in needs: an issuer, this service's client and a session key; undefined when one is unset. */
export function loginSettings(config: Config) {
  const issuer = issuerOf(config);
  // The AUTH0_* names are the ones services moved from Flask already have in their secrets.
  const clientId = config.OIDC_CLIENT_ID ?? config.AUTH0_CLIENT_ID;
  const clientSecret = config.OIDC_CLIENT_SECRET ?? config.AUTH0_CLIENT_SECRET;
  const secret = config.APP_SECRET_KEY;
  if (!issuer || !clientId || !clientSecret || !secret) return undefined;
  return { issuer, clientId, clientSecret, secret };
}

/** The signed-in user of this request, if any (set for every request by the login routes). */
export const userOf = (res: Parameters<RequestHandler>[1]) =>
  res.locals.user as SessionUser | undefined;

const wantsPage = (req: Request) => req.accepts(['json', 'html']) === 'html';

/**
 * Lets signed-in users through. Anonymous visitors of pages are sent to
 * /login (and come back after); anonymous API callers get a JSON 401.
 */
export const requireLogin: RequestHandler = (req, res, next) => {
  if (userOf(res)) return next();
  if (wantsPage(req))
    return res.redirect(302, `/login?returnTo=${encodeURIComponent(req.originalUrl)}`);
  throw new AppError('unauthorized', 'Sign in first: this route needs a login session');
};
