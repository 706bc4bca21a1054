import { createApp } from '../../src/app.js';
import type { FuzzTarget } from '../helpers/fuzz-target.js';

/**
 * The sign-in routes with login configured, and the cookies they read: the
 * session is read for every request, so a cookie that cannot be decoded
 * must be no session anywhere, never an error. The app is given settings
 * whose issuer is never asked: start-up would check it, and /login, which
 * always asks it, is left out (it answers 503 while the issuer is away).
 */
export const loginFuzz: FuzzTarget = {
  routes: ['GET /callback', 'GET /logout', 'GET /profile', 'GET /healthcheck'],
  app: (deps) =>
    createApp({
      ...deps,
      config: {
        ...deps.config,
        OIDC_ISSUER_URL: 'http://127.0.0.1:1/',
        OIDC_CLIENT_ID: 'fuzz-client',
        OIDC_CLIENT_SECRET: 'fuzz-client-secret',
        APP_SECRET_KEY: 'fuzz-app-secret-key-0123456789abcdef',
      },
    }),
  cookies: ['session', 'login_transaction'],
  queryKeys: ['returnTo', 'code', 'state', 'iss'],
};
