import { Router } from 'express';
import * as oidc from 'openid-client';
import { emailAllowed, type EmailClaims } from '../auth/email-domains.js';
import { baseUrlOf, loginSettings, type LoginSettings } from '../auth/login-settings.js';
import {
  discoverIssuer,
  SESSION,
  SESSION_SECONDS,
  sessionCookies,
  type SessionUser,
} from '../auth/oidc-login.js';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { Plugin } from '../http/plugin.js';

// The state, nonce and PKCE verifier of a login in progress, for its callback only.
const LOGIN = 'login_transaction';
const LOGIN_SECONDS = 10 * 60;

/** Only relative paths, so a crafted link cannot send a user elsewhere after login. */
const safeReturnTo = (value: unknown) =>
  typeof value === 'string' && /^\/(?!\/)/.test(value) ? value : '/';

/**
 * Without an issuer, login cannot work: say so plainly instead of failing
 * obscurely (a page for a browser, JSON for anything else).
 */
const loginNotConfigured = () =>
  Router().get(['/login', '/callback', '/logout'], () => {
    throw new AppError(
      'service_unavailable',
      'Login is not configured. Set OIDC_ISSUER_URL (or AUTH0_DOMAIN), OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (or AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET) and APP_SECRET_KEY.',
    );
  });

/** The issuer's configuration, discovered on first use; a failed discovery is tried again next time. */
function issuerConfiguration(settings: LoginSettings) {
  let discovered: Promise<oidc.Configuration> | undefined;
  return () => {
    discovered ??= discoverIssuer(settings).catch((error: unknown) => {
      discovered = undefined;
      throw new AppError(
        'service_unavailable',
        'The login provider cannot be reached; try again later',
        {
          reason: (error as Error).message,
        },
      );
    });
    return discovered;
  };
}

function signInRoutes(deps: AppDeps, settings: LoginSettings) {
  const { config, logger, pages } = deps;
  const cookies = sessionCookies(config, settings);
  const configuration = issuerConfiguration(settings);
  const baseUrl = baseUrlOf(config);
  const redirectUri = new URL('/callback', baseUrl).href;

  return Router()
    .get('/login', async (req, res) => {
      const verifier = oidc.randomPKCECodeVerifier();
      const transaction = { verifier, state: oidc.randomState(), nonce: oidc.randomNonce() };
      const url = oidc.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: 'openid profile email',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      });
      await cookies.set(
        res,
        LOGIN,
        { ...transaction, returnTo: safeReturnTo(req.query.returnTo) },
        LOGIN_SECONDS,
      );
      res.redirect(302, url.href);
    })
    .get('/callback', async (req, res) => {
      const transaction = await cookies.get(req, LOGIN);
      cookies.clear(res, LOGIN);
      if (!transaction)
        throw new AppError('bad_request', 'This login expired or began elsewhere; sign in again');
      const tokens = await oidc
        .authorizationCodeGrant(await configuration(), new URL(req.originalUrl, baseUrl), {
          pkceCodeVerifier: String(transaction.verifier),
          expectedState: String(transaction.state),
          expectedNonce: String(transaction.nonce),
          idTokenExpected: true,
        })
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'login callback refused');
          // openid-client's own message is generic; the check that failed is in its cause.
          const { message, cause } = error as Error & { cause?: Error };
          const reason = cause?.message ?? message;
          throw new AppError('bad_request', `The login could not be completed: ${reason}`);
        });
      const claims = tokens.claims() as (SessionUser & EmailClaims) | undefined;
      if (!claims || !emailAllowed(claims, config.ALLOWED_EMAIL_DOMAINS)) {
        cookies.clear(res, SESSION);
        const unverified = Boolean(claims?.email) && claims?.email_verified !== true;
        res
          .status(403)
          .set(pages.headers)
          .type('html')
          .send(
            pages.render('login/not-allowed', {
              title: 'Not allowed',
              email: claims?.email,
              unverified,
            }),
          );
        return;
      }
      const user: SessionUser = { sub: claims.sub, email: claims.email, name: claims.name };
      await cookies.set(res, SESSION, { ...user }, SESSION_SECONDS);
      res.redirect(302, String(transaction.returnTo));
    })
    .get('/logout', (_req, res) => {
      cookies.clear(res, SESSION);
      res.redirect(302, '/');
    });
}

/**
 * /login, /callback and /logout against the configured OIDC issuer:
 * authorization code with PKCE, state and nonce checked by openid-client,
 * and a session in an encrypted, httpOnly, SameSite=Lax cookie (secure in
 * production) keyed by APP_SECRET_KEY.
 */
export const loginRoutes: Plugin = (deps) => {
  const settings = loginSettings(deps.config);
  if (!settings) {
    deps.logger.warn('OIDC login is not configured: /login explains what to set');
    return loginNotConfigured();
  }
  return signInRoutes(deps, settings);
};
