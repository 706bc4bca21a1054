import type { Request, RequestHandler } from 'express';
import * as oidc from 'openid-client';
import type { Config } from '../config.js';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { Middleware } from '../http/plugin.js';
import { StartupError } from '../startup-error.js';
import { isNetworkError, reasonOf, retryAtStartup } from '../startup-retry.js';
import { loginSettings, type LoginSettings } from './login-settings.js';
import { sealedCookies } from './sealed-cookie.js';

/** Who is signed in, as the session cookie holds them. */
export interface SessionUser {
  sub: string;
  email?: string;
  name?: string;
}

/** The cookie that holds the signed-in user, and for how long a sign-in lasts. */
export const SESSION = 'session';
export const SESSION_SECONDS = 8 * 60 * 60;

/** The issuer's configuration, from its discovery document. */
export function discoverIssuer({ issuer, clientId, clientSecret }: LoginSettings) {
  // Plain-http issuers exist only on a developer's machine or in tests.
  const insecure = new URL(issuer).protocol === 'http:';
  return oidc.discovery(new URL(issuer), clientId, clientSecret, undefined, {
    execute: insecure ? [oidc.allowInsecureRequests] : [],
  });
}

/**
 * Startup step: with login configured, the issuer answers its discovery
 * document (waited for while it does not, for STARTUP_TIMEOUT_MS), or the
 * start ends in one line naming the setting that holds it. Later outages
 * are the login routes' to answer, with a 503.
 */
export async function checkIssuer({ config, logger }: AppDeps): Promise<void> {
  const settings = loginSettings(config);
  if (!settings) return;
  const setting = config.OIDC_ISSUER_URL ? 'OIDC_ISSUER_URL' : 'AUTH0_DOMAIN';
  const what = `the OIDC issuer at ${settings.issuer} (${setting})`;
  try {
    await retryAtStartup(() => discoverIssuer(settings), {
      what,
      timeoutMs: config.STARTUP_TIMEOUT_MS,
      mayPass: isNetworkError,
      logger,
    });
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(`${what} gave no usable discovery document: ${reasonOf(error)}`, {
      cause: error,
    });
  }
}

/** The session cookies, sealed with APP_SECRET_KEY and sent only over https in production. */
export const sessionCookies = (config: Config, settings: LoginSettings) =>
  sealedCookies(settings.secret, config.NODE_ENV === 'production');

/**
 * Reads the session of every request before any route runs, so a page
 * behind requireLogin knows its user whichever router serves it; a cookie
 * that is missing, tampered with or expired is no session. Without login
 * settings nobody can have signed in.
 */
export const readSession: Middleware = ({ config }) => {
  const settings = loginSettings(config);
  if (!settings) return (_req, _res, next) => next();
  const cookies = sessionCookies(config, settings);
  return async (req, res, next) => {
    res.locals.user = (await cookies.get(req, SESSION)) as SessionUser | undefined;
    next();
  };
};

/** The signed-in user of this request, if any (read for every request by readSession). */
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
