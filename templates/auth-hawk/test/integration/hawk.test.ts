import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { Router } from 'express';
import Hawk from 'hawk';
import { createApp } from '../../src/app.js';
import { createAuthenticators } from '../../src/auth/authenticators.js';
import { clientOf, requireClient } from '../../src/auth/require-client.js';
import { closeDeps } from '../../src/deps.js';
import { jsonBody } from '../../src/http/json-body.js';
import type { Plugin } from '../../src/http/plugin.js';
import { serveWithHawkClient } from '../helpers/hawk-client.js';
import { testDeps } from '../helpers/test-deps.js';

const alice = { id: 'alice', key: 'alice-key-0123456789abcdef', scopes: ['read'] };
const trainer = { id: 'trainer', key: 'trainer-key-0123456789abcd', scopes: ['train_model'] };
const admin = { id: 'admin', key: 'admin-key-0123456789abcdef', scopes: ['*'] };

/** Routes guarded the way a team guards its own, one of them under a router prefix. */
const guarded: Plugin = (deps) => {
  const authenticators = createAuthenticators(deps);
  const whoami = Router().get('/whoami', requireClient(authenticators), (_req, res) => {
    res.json({ client: clientOf(res).id });
  });
  return (
    Router()
      .use(whoami)
      .use('/api/v1', whoami)
      // The body is parsed before the guard, which checks a signed payload's hash over its bytes.
      .post(
        '/train',
        jsonBody(deps.config.BODY_LIMIT),
        requireClient(authenticators, 'train_model'),
        (req, res) => {
          res.status(202).json({ received: req.body as unknown });
        },
      )
  );
};

async function serve(env: Record<string, string> = {}) {
  const deps = await testDeps(env);
  for (const user of [alice, trainer, admin])
    await deps.hawkUsers.save({ ...user, description: '' });
  const client = await serveWithHawkClient(createApp(deps, [guarded]));
  return { ...client, stop: async () => (await client.close(), await closeDeps(deps)) };
}

const service = await serve();
afterAll(() => service.stop());

async function refusal(response: Response) {
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('Hawk', () => {
  it('lets a signed request through', async () => {
    const { response } = await service.signed('/whoami', alice);
    expect(await response.json()).toEqual({ client: 'alice' });
  });

  it('refuses a wrong key, with a Hawk challenge', async () => {
    const { response } = await service.signed('/whoami', {
      ...alice,
      key: 'not-alice-key-0123456789',
    });
    expect(await refusal(response)).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', message: 'Hawk: Bad mac' } },
    });
    expect(response.headers.get('www-authenticate')).toContain('Hawk');
  });

  it('refuses an unknown id', async () => {
    const { response } = await service.signed('/whoami', { ...alice, id: 'mallory' });
    expect(await refusal(response)).toMatchObject({
      status: 401,
      body: { error: { message: 'Hawk: Unknown credentials' } },
    });
  });

  it('refuses a request without credentials', async () => {
    const response = await service.send('/whoami', undefined, {});
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Hawk');
  });

  it('answers a malformed header with a JSON 400', async () => {
    const response = await service.send('/whoami', 'Hawk id="alice", mac', {});
    expect(await refusal(response)).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    });
  });

  it('refuses a stale timestamp and tells the client the server time', async () => {
    const timestamp = Math.floor(Date.now() / 1000) - 120;
    const { response } = await service.signed('/whoami', { ...alice, timestamp });
    expect(await refusal(response)).toMatchObject({
      status: 401,
      body: { error: { message: 'Hawk: Stale timestamp' } },
    });
    expect(response.headers.get('www-authenticate')).toMatch(/ts="\d+"/);
  });

  it('refuses a replayed request', async () => {
    const { header } = service.sign('/whoami', alice);
    expect((await service.send('/whoami', header, {})).status).toBe(200);
    const replay = await service.send('/whoami', header, {});
    expect(await refusal(replay)).toMatchObject({
      status: 401,
      body: { error: { message: 'Hawk: Invalid nonce' } },
    });
  });

  it('checks the payload hash against the body received', async () => {
    const tampered = await service.signed('/train', {
      ...trainer,
      method: 'POST',
      data: '{"epochs":1000}',
      signedData: '{"epochs":1}',
    });
    expect(await refusal(tampered.response)).toMatchObject({
      status: 401,
      body: { error: { message: 'Hawk: Bad payload hash' } },
    });
    const honest = await service.signed('/train', {
      ...trainer,
      method: 'POST',
      data: '{"epochs":1}',
    });
    expect(await honest.response.json()).toEqual({ received: { epochs: 1 } });
  });

  it('refuses a client without the route’s scope, and lets * through', async () => {
    const denied = await service.signed('/train', { ...alice, method: 'POST', data: '{}' });
    expect(await refusal(denied.response)).toEqual({
      status: 403,
      body: {
        error: { code: 'forbidden', message: 'Client alice does not hold the scope train_model' },
      },
    });
    const allowed = await service.signed('/train', { ...admin, method: 'POST', data: '{}' });
    expect(allowed.response.status).toBe(202);
  });

  it('verifies the whole URL under a router prefix', async () => {
    const { response } = await service.signed('/api/v1/whoami', alice);
    expect(await response.json()).toEqual({ client: 'alice' });
  });
});

/** A client signing for the public URL of a service behind a proxy that forwards to us. */
const viaProxy = {
  ...alice,
  signedUrl: 'https://reports.example.org:8443/whoami',
  headers: {
    'X-Forwarded-Host': 'reports.example.org',
    'X-Forwarded-Port': '8443',
    'X-Forwarded-Proto': 'https',
  },
};

describe('Hawk behind a proxy', () => {
  it('takes host and port from X-Forwarded-* when TRUST_PROXY says to', async () => {
    const proxied = await serve({ TRUST_PROXY: 'loopback' });
    try {
      const { response } = await proxied.signed('/whoami', viaProxy);
      expect(await response.json()).toEqual({ client: 'alice' });
    } finally {
      await proxied.stop();
    }
  });

  it('ignores X-Forwarded-* from a proxy it does not trust', async () => {
    const { response } = await service.signed('/whoami', viaProxy);
    expect(response.status).toBe(401);
  });
});

describe('Hawk response signatures', () => {
  it('signs responses with Server-Authorization when HAWK_SIGN_RESPONSES is on', async () => {
    const signing = await serve({ HAWK_SIGN_RESPONSES: 'true' });
    try {
      const { response, artifacts } = await signing.signed('/whoami', alice);
      const payload = await response.text();
      const signedResponse = { headers: Object.fromEntries(response.headers) } as IncomingMessage;
      const credentials = { ...alice, algorithm: 'sha256' as const };
      expect(() =>
        Hawk.client.authenticate(signedResponse, credentials, artifacts, { payload }),
      ).not.toThrow();
      expect(response.headers.get('server-authorization')).toMatch(/^Hawk mac="/);
    } finally {
      await signing.stop();
    }
  });
});

// The e2e run sets REDIS_URL to this machine's Redis; without one this cannot run.
const redisUrl = process.env.REDIS_URL;
(redisUrl ? describe : describe.skip)('Hawk nonces in Redis', () => {
  it('catches a request replayed to another instance behind the same proxy', async () => {
    const env = { REDIS_URL: redisUrl ?? '', TRUST_PROXY: 'loopback' };
    const [first, second] = [await serve(env), await serve(env)];
    try {
      const { header } = first.sign('/whoami', viaProxy);
      expect((await first.send('/whoami', header, viaProxy)).status).toBe(200);
      // The second instance never saw this nonce itself: only the shared Redis can refuse it.
      const replay = await second.send('/whoami', header, viaProxy);
      expect(await refusal(replay)).toMatchObject({
        status: 401,
        body: { error: { message: 'Hawk: Invalid nonce' } },
      });
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  it('refuses a request once Redis is lost, rather than skip the replay check', async () => {
    // The service reaches Redis through a proxy the test then cuts: Redis lost after start.
    const target = new URL(redisUrl ?? '');
    const links = new Set<Socket>();
    const proxy = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        links.add(socket);
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    }).listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    const { port } = proxy.address() as AddressInfo;
    const cut = await serve({ REDIS_URL: `redis://127.0.0.1:${port}` });
    try {
      proxy.close();
      for (const socket of links) socket.destroy();
      const { response } = await cut.signed('/whoami', alice);
      expect(await refusal(response)).toMatchObject({
        status: 401,
        body: { error: { message: 'Hawk: Invalid nonce' } },
      });
    } finally {
      await cut.stop();
    }
  });
});
