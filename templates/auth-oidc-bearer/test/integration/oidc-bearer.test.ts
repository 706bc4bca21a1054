import { generateKeyPair } from 'jose';
import { Router } from 'express';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { createAuthenticators } from '../../src/auth/authenticators.js';
import { requireAdmin, requireUser } from '../../src/auth/oidc-bearer.js';
import { clientOf } from '../../src/auth/require-client.js';
import type { Plugin } from '../../src/http/plugin.js';
import { startLocalIssuer } from '../helpers/local-issuer.js';
import { testDeps } from '../helpers/test-deps.js';

const issuer = await startLocalIssuer();
const untrusted = await startLocalIssuer();
afterAll(async () => {
  await issuer.close();
  await untrusted.close();
});

/** A user route and an admin route, guarded by the service's schemes, bearer tokens among them. */
const guarded: Plugin = (deps) => {
  const authenticators = createAuthenticators(deps);
  return Router()
    .get('/me', requireUser(authenticators), (_req, res) => {
      res.json(clientOf(res));
    })
    .get('/admin', requireAdmin(authenticators), (_req, res) => {
      res.json({ admin: true });
    });
};

const deps = await testDeps({
  OIDC_TRUSTED_ISSUERS: issuer.issuer,
  OIDC_AUDIENCE: 'reports-api',
  ADMIN_ENTITLEMENTS: 'urn:example:admin, urn:example:ops',
});
const app = createApp(deps, [guarded]);
const get = (path: string, token: string) =>
  request(app).get(path).set('Authorization', `Bearer ${token}`);
const message = (response: request.Response) =>
  (response.body as { error: { message: string } }).error.message;

describe('OIDC bearer tokens', () => {
  it('accepts a valid token and names the client by its subject and scopes', async () => {
    const response = await get('/me', await issuer.token({ scope: 'openid read' })).expect(200);
    expect(response.body).toEqual({ id: 'user-1', scheme: 'Bearer', scopes: ['openid', 'read'] });
  });

  it('refuses an expired token', async () => {
    const expired = await issuer.token({ exp: Math.floor(Date.now() / 1000) - 60 });
    const response = await get('/me', expired).expect(401);
    expect(message(response)).toMatch(/^Bearer: .*exp/);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
  });

  it('refuses a token from an issuer it does not trust', async () => {
    const response = await get('/me', await untrusted.token()).expect(401);
    expect(message(response)).toBe(`Bearer: tokens of issuer ${untrusted.issuer} are not accepted`);
  });

  it('refuses a token that claims a trusted issuer but is signed by another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await issuer.token({}, privateKey);
    expect(message(await get('/me', forged).expect(401))).toMatch(
      /^Bearer: signature verification failed/,
    );
  });

  it('refuses a token for another audience', async () => {
    const response = await get('/me', await issuer.token({ aud: 'billing-api' })).expect(401);
    expect(message(response)).toMatch(/^Bearer: .*aud/);
  });

  it('refuses what is not a JWT', async () => {
    expect(message(await get('/me', 'not-a-jwt').expect(401))).toBe(
      'Bearer: the token is not a JWT',
    );
  });

  it('lets an admin entitlement through to admin routes, and no one else', async () => {
    const admin = await issuer.token({ eduperson_entitlement: ['urn:example:ops'] });
    await get('/admin', admin).expect(200);
    const user = await issuer.token({ eduperson_entitlement: 'urn:example:staff' });
    const response = await get('/admin', user).expect(403);
    expect((response.body as { error: { code: string } }).error.code).toBe('forbidden');
  });

  it('answers 503, not 500, when a trusted issuer cannot be reached', async () => {
    const gone = await startLocalIssuer();
    const token = await gone.token();
    await gone.close();
    const offline = await testDeps({
      OIDC_TRUSTED_ISSUERS: gone.issuer,
      OIDC_AUDIENCE: 'reports-api',
    });
    const response = await request(createApp(offline, [guarded]))
      .get('/me')
      .set('Authorization', `Bearer ${token}`)
      .expect(503);
    expect((response.body as { error: { code: string } }).error.code).toBe('service_unavailable');
  });

  it('refuses every token until issuers and audience are configured, and says so', async () => {
    const unconfigured = await testDeps();
    await request(createApp(unconfigured, [guarded]))
      .get('/me')
      .set('Authorization', `Bearer ${await issuer.token()}`)
      .expect(401);
    expect(unconfigured.logLines().map((line) => line.msg)).toContain(
      'OIDC_TRUSTED_ISSUERS or OIDC_AUDIENCE is not set: bearer tokens are refused',
    );
  });
});
