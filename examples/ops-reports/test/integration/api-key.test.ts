import { Router } from 'express';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { clientOf, requireClient } from '../../src/auth/require-client.js';
import { createAuthenticators } from '../../src/auth/authenticators.js';
import type { Plugin } from '../../src/http/plugin.js';
import { testDeps } from '../helpers/test-deps.js';

const keys = ['first-key-0123456789abcdef', 'second-key-0123456789abcdef'];

/** A route guarded the way a team guards its own. */
const guarded: Plugin = (deps) =>
  Router().get('/whoami', requireClient(createAuthenticators(deps)), (_req, res) => {
    res.json(clientOf(res));
  });

const deps = await testDeps({ API_KEYS: keys.join(', ') });
const app = createApp(deps, [guarded]);

describe('X-API-KEY', () => {
  it('lets each configured key through, named by a fingerprint', async () => {
    const first = await request(app)
      .get('/whoami')
      .set('X-API-KEY', keys[0] ?? '')
      .expect(200);
    const second = await request(app)
      .get('/whoami')
      .set('X-API-KEY', keys[1] ?? '')
      .expect(200);
    expect(first.body).toMatchObject({ scheme: 'api-key', scopes: ['*'] });
    expect((first.body as { id: string }).id).toMatch(/^api-key:[0-9a-f]{8}$/);
    expect((first.body as { id: string }).id).not.toBe((second.body as { id: string }).id);
  });

  it.each([
    ['a wrong key', 'first-key-0123456789abcdeX'],
    ['a prefix of a key', 'first-key'],
    ['an empty key', ''],
  ])('refuses %s with a JSON 401', async (_case, key) => {
    const response = await request(app).get('/whoami').set('X-API-KEY', key).expect(401);
    expect(response.body).toEqual({
      error: { code: 'unauthorized', message: 'The API key is not valid' },
    });
    expect(response.headers['www-authenticate']).toBe('API-Key header="X-API-KEY"');
  });

  it('refuses a request without the header with a JSON 401', async () => {
    const response = await request(app).get('/whoami').expect(401);
    expect((response.body as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('refuses every key when none is configured, and says so at start', async () => {
    const unconfigured = await testDeps();
    const response = await request(createApp(unconfigured, [guarded]))
      .get('/whoami')
      .set('X-API-KEY', keys[0] ?? '')
      .expect(401);
    expect((response.body as { error: { code: string } }).error.code).toBe('unauthorized');
    expect(unconfigured.logLines().map((line) => line.msg)).toContain(
      'API_KEYS and API_KEY are empty: every request with X-API-KEY is refused',
    );
  });

  it('also takes the one key of API_KEY, the name Flask services used', async () => {
    const legacy = await testDeps({ API_KEY: 'flask-era-key-0123456789' });
    await request(createApp(legacy, [guarded]))
      .get('/whoami')
      .set('X-API-KEY', 'flask-era-key-0123456789')
      .expect(200);
  });
});
