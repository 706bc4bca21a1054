import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Router } from 'express';
import { createApp } from '../../src/app.js';
import { createAuthenticators } from '../../src/auth/authenticators.js';
import { requireClient } from '../../src/auth/require-client.js';
import { jsonBody } from '../../src/http/json-body.js';
import type { Plugin } from '../../src/http/plugin.js';
import { manageWith } from '../helpers/manage.js';
import { testDeps } from '../helpers/test-deps.js';

const key = 'ops-key-0123456789abcdefghij';
const deps = await testDeps({ HAWK_SIGN_RESPONSES: 'true' });

const manage = manageWith(deps);

describe('npm run manage', () => {
  it('lists the commands when none is named', async () => {
    const { code, output } = await manage();
    expect(code).toBe(2);
    expect(output).toContain('add-hawk-user');
    expect(output).toContain('hawk-request');
  });

  it('names the missing options', async () => {
    const { code, output } = await manage('add-hawk-user', '--id', 'ops');
    expect(code).toBe(2);
    expect(output).toContain('missing --key');
  });

  it('adds a Hawk user to the store', async () => {
    const { code, output } = await manage(
      'add-hawk-user',
      '--id',
      'ops',
      '--key',
      key,
      '--scope',
      'read, train_model',
    );
    expect(code).toBe(0);
    expect(output).toBe('Hawk user ops saved with scopes read, train_model');
    expect(await deps.hawkUsers.find('ops')).toEqual({
      id: 'ops',
      key,
      scopes: ['read', 'train_model'],
      description: '',
    });
  });

  it('refuses a key too short to be safe', async () => {
    const { code, output } = await manage('add-hawk-user', '--id', 'ops', '--key', 'short');
    expect(code).toBe(1);
    expect(output).toContain('keys have at least 16 characters');
  });
});

describe('npm run manage -- hawk-request', () => {
  const echo: Plugin = (deps) =>
    Router().post(
      '/echo',
      jsonBody(deps.config.BODY_LIMIT),
      requireClient(createAuthenticators(deps)),
      (req, res) => {
        res.json({ echoed: req.body as unknown });
      },
    );

  it('signs, sends, prints the answer and verifies the response signature', async () => {
    await manage('add-hawk-user', '--id', 'ops', '--key', key);
    const server = createApp(deps, [echo]).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`;
    try {
      const sent = await manage(
        'hawk-request',
        '--url',
        url,
        '--id',
        'ops',
        '--key',
        key,
        '--method',
        'post',
        '--data',
        '{"n":1}',
      );
      expect(sent).toEqual({
        code: 0,
        output: '200 OK\n{"echoed":{"n":1}}\nServer-Authorization: verified',
      });
      const refused = await manage(
        'hawk-request',
        ...['--url', url, '--id', 'ops', '--key', `${key}x`, '--method', 'POST', '--data', '{}'],
      );
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('401 Unauthorized');
    } finally {
      server.close();
    }
  });
});
