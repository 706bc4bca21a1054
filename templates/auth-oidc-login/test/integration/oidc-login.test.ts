import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { emailAllowed } from '../../src/auth/email-domains.js';
import { loginSettings } from '../../src/auth/login-settings.js';
import { loginRoutes } from '../../src/pages/login.routes.js';
import { loadConfig } from '../../src/config.js';
import { profileRoutes } from '../../src/pages/profile.routes.js';
import { browserSession } from '../helpers/browser-session.js';
import { CLIENT, startOidcIssuer, UNVERIFIED } from '../helpers/oidc-issuer.js';
import { testDeps } from '../helpers/test-deps.js';

/** A port for the service, known before it starts: the provider must know the callback URL. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  return port;
}

const port = await freePort();
const service = `http://127.0.0.1:${port}`;
const issuer = await startOidcIssuer(service);
const deps = await testDeps({
  OIDC_ISSUER_URL: issuer.issuer,
  OIDC_CLIENT_ID: CLIENT.id,
  OIDC_CLIENT_SECRET: CLIENT.secret,
  APP_SECRET_KEY: 'app-secret-key-for-tests-0123456789abcdef',
  BASE_URL: service,
  ALLOWED_EMAIL_DOMAINS: 'example.org, example.com',
});
// The profile page ahead of the login routes: the session is read before any router, whichever.
const app = createApp(deps, [profileRoutes, loginRoutes]);
const server: Server = app.listen(port, '127.0.0.1');
await once(server, 'listening');
afterAll(async () => {
  server.close();
  await issuer.close();
});

describe('OIDC login', () => {
  it('sends an anonymous visitor of a page to /login, and an API caller a JSON 401', async () => {
    const page = await fetch(`${service}/profile`, {
      redirect: 'manual',
      headers: { Accept: 'text/html' },
    });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/login?returnTo=%2Fprofile');
    const api = await fetch(`${service}/profile`, { headers: { Accept: 'application/json' } });
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('logs in at the provider and comes back to the page asked for', async () => {
    const browser = browserSession();
    const visit = await browser.signIn(`${service}/profile`, 'ada@example.org');
    expect(visit.url.href).toBe(`${service}/profile`);
    expect(visit.response.status).toBe(200);
    expect(visit.html).toContain('Signed in as ada (ada@example.org)');
  });

  it('keeps the session in an encrypted, httpOnly, SameSite=Lax cookie', async () => {
    const browser = browserSession();
    await browser.signIn(`${service}/profile`, 'grace@example.com');
    const session = browser.setCookies.find((cookie) => cookie.startsWith('session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toContain('grace');
  });

  it('shows a browser a callback whose state does not match its login as a 400 page', async () => {
    const browser = browserSession();
    const started = await browser.request(new URL(`${service}/login`));
    expect(started.status).toBe(302);
    // As the provider would send it (RFC 9207 iss included), but with another login's state.
    const callback = new URL(`${service}/callback`);
    callback.search = new URLSearchParams({
      code: 'stolen',
      state: 'forged',
      iss: issuer.issuer,
    }).toString();
    const forged = await browser.request(callback);
    expect(forged.status).toBe(400);
    expect(forged.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await forged.text()).toMatch(/The login could not be completed: .*state/);
  });

  it('refuses a callback without a login in progress, in JSON to an API client', async () => {
    const response = await fetch(`${service}/callback?code=x&state=y`, {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: {
        code: 'bad_request',
        message: 'This login expired or began elsewhere; sign in again',
      },
    });
  });

  it('turns away a user outside the allowed email domains, with no session', async () => {
    const browser = browserSession();
    const visit = await browser.signIn(`${service}/profile`, 'eve@example.net');
    expect(visit.response.status).toBe(403);
    expect(visit.html).toContain('You signed in as eve@example.net, but this service admits only');
    expect(visit.html).not.toContain('has not verified');
    expect(browser.cookies(service).has('session')).toBe(false);
    const again = await browser.request(new URL(`${service}/profile`));
    expect(again.status).toBe(302);
  });

  it('turns away an address of an allowed domain that the provider has not verified', async () => {
    const browser = browserSession();
    const visit = await browser.signIn(`${service}/profile`, `mallory${UNVERIFIED}@example.org`);
    expect(visit.response.status).toBe(403);
    expect(visit.html).toContain('Your sign-in provider has not verified that address.');
    expect(browser.cookies(service).has('session')).toBe(false);
  });

  it.each([
    ['session=%', 'a bad escape'],
    ['session=%E0%A4%A', 'a cut UTF-8 sequence'],
    ['session=not-a-sealed-value; session=%zz', 'a forged value, twice'],
    ['=; ;session', 'no pairs at all'],
  ])('takes a session cookie that cannot be read (%s: %s) as no session', async (cookie) => {
    const api = await fetch(`${service}/profile`, {
      headers: { Accept: 'application/json', Cookie: cookie },
    });
    expect(api.status).toBe(401);
    const page = await fetch(`${service}/profile`, {
      redirect: 'manual',
      headers: { Accept: 'text/html', Cookie: cookie },
    });
    expect(page.status).toBe(302);
  });

  it('logs out: the session ends and pages send the visitor to /login again', async () => {
    const browser = browserSession();
    await browser.signIn(`${service}/profile`, 'ada@example.org');
    expect((await browser.request(new URL(`${service}/profile`))).status).toBe(200);
    await browser.follow(`${service}/logout`);
    const after = await browser.request(new URL(`${service}/profile`));
    expect(after.status).toBe(302);
  });
});

describe('OIDC login without an issuer', () => {
  it('explains what to set instead of failing', async () => {
    const unconfigured = createApp(await testDeps(), [loginRoutes]);
    const page = await request(unconfigured).get('/login').set('Accept', 'text/html').expect(503);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Login is not configured. Set OIDC_ISSUER_URL');
    const api = await request(unconfigured).get('/login').set('Accept', 'application/json');
    expect(api.status).toBe(503);
    expect(api.body).toMatchObject({ error: { code: 'service_unavailable' } });
  });
});

describe('login settings', () => {
  const secret = { APP_SECRET_KEY: 'app-secret-key-for-tests-0123456789abcdef' };

  it('take an Auth0 tenant and the AUTH0_* client names a Flask service already has', () => {
    const config = loadConfig({
      ...secret,
      AUTH0_DOMAIN: 'example.eu.auth0.com',
      AUTH0_CLIENT_ID: 'flask-client',
      AUTH0_CLIENT_SECRET: 'flask-secret',
    });
    expect(loginSettings(config)).toEqual({
      issuer: 'https://example.eu.auth0.com/',
      clientId: 'flask-client',
      clientSecret: 'flask-secret',
      secret: secret.APP_SECRET_KEY,
    });
  });

  it('prefer the OIDC_* names, and are undefined while any part is missing', () => {
    const both = loadConfig({
      ...secret,
      OIDC_ISSUER_URL: 'https://login.example.org/',
      OIDC_CLIENT_ID: 'new-client',
      OIDC_CLIENT_SECRET: 'new-secret',
      AUTH0_CLIENT_ID: 'flask-client',
    });
    expect(loginSettings(both)).toMatchObject({ clientId: 'new-client' });
    expect(loginSettings(loadConfig({}))).toBeUndefined();
  });

  it('refuse half a login, naming each missing part, instead of turning it off quietly', () => {
    expect(() => loadConfig({ ...secret, OIDC_CLIENT_ID: 'x' })).toThrow(
      'OIDC login is half configured: OIDC_ISSUER_URL (or AUTH0_DOMAIN), OIDC_CLIENT_SECRET (or AUTH0_CLIENT_SECRET) missing; set every part, or none to turn login off',
    );
    expect(() =>
      loadConfig({
        OIDC_ISSUER_URL: 'https://login.example.org/',
        OIDC_CLIENT_ID: 'x',
        OIDC_CLIENT_SECRET: 'y',
      }),
    ).toThrow('OIDC login is half configured: APP_SECRET_KEY missing');
    // A session key alone is no login: a stack may hand it to every service.
    expect(loginSettings(loadConfig(secret))).toBeUndefined();
  });

  it('need BASE_URL in production, where a default would send sign-ins to loopback', () => {
    const login = {
      ...secret,
      OIDC_ISSUER_URL: 'https://login.example.org/',
      OIDC_CLIENT_ID: 'x',
      OIDC_CLIENT_SECRET: 'y',
    };
    expect(() => loadConfig({ ...login, NODE_ENV: 'production' })).toThrow(
      /^Invalid configuration:\n {2}(.*\n {2})*BASE_URL: missing; with login on, production needs the public URL/,
    );
    // Other features may need more in production; BASE_URL is no longer among the problems.
    const production = { ...login, NODE_ENV: 'production', BASE_URL: 'https://svc.example.org' };
    expect(() => loadConfig(production)).not.toThrow(/BASE_URL/);
    expect(() => loadConfig({ ...login, NODE_ENV: 'development' })).not.toThrow();
  });
});

describe('the email allow-list', () => {
  const verified = (email?: string) => ({ email, email_verified: true });
  it.each([
    [verified('ada@example.org'), [], true],
    [verified('ada@example.org'), ['example.org'], true],
    [verified('ada@EXAMPLE.org'), ['example.org'], true],
    [verified('ada@sub.example.org'), ['example.org'], false],
    [verified('ada@example.org.evil.net'), ['example.org'], false],
    [verified('"a@example.org"@evil.net'), ['example.org'], false],
    [verified(undefined), ['example.org'], false],
    [{ email: 'ada@example.org' }, ['example.org'], false],
    [{ email: 'ada@example.org', email_verified: false }, ['example.org'], false],
    [{ email: 'ada@example.org', email_verified: false }, [], true],
  ])('%j with %j: %s', (claims, domains, allowed) => {
    expect(emailAllowed(claims, domains)).toBe(allowed);
  });
});
