import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Router } from 'express';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import type { ErrorBody } from '../../src/errors.js';
import { jsonBody } from '../../src/http/json-body.js';
import type { Plugin } from '../../src/http/plugin.js';
import { plugins } from '../../src/plugins.js';
import { packageInfo } from '../../src/version.js';
import { testDeps } from '../helpers/test-deps.js';

/** A route that takes a JSON body, as a feature's routes take one: through jsonBody. */
const echo: Plugin = ({ config }) =>
  Router().post('/echo', jsonBody(config.BODY_LIMIT), (req, res) => {
    res.json({ received: req.body as unknown });
  });
/** An answer of about 4 KB: over compression's 1 KB threshold. */
const rows: Plugin = () =>
  Router().get('/rows', (_req, res) => {
    res.json({
      rows: Array.from({ length: 200 }, (_, index) => ({ index, name: `row ${index}` })),
    });
  });
const app = createApp(await testDeps({ BODY_LIMIT: '1kb' }), [...plugins, echo, rows]);
const errorCode = (response: request.Response) => (response.body as ErrorBody).error.code;

describe('the service over HTTP', () => {
  it('answers the health check', async () => {
    const response = await request(app).get('/healthcheck').expect(200);
    expect(response.body).toEqual({ status: 'OK' });
  });

  it('answers ping with the package version', async () => {
    const response = await request(app).get('/ping').expect(200);
    expect(response.body).toEqual({ success: true, version: packageInfo.version });
    expect(packageInfo.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('compresses an answer over 1 KB for a client that takes it, and leaves a small one alone', async () => {
    const large = await request(app).get('/rows').set('Accept-Encoding', 'gzip').expect(200);
    expect(large.headers['content-encoding']).toBe('gzip');
    expect(large.headers.vary).toMatch(/accept-encoding/i);
    expect((large.body as { rows: unknown[] }).rows).toHaveLength(200);
    const small = await request(app).get('/healthcheck').set('Accept-Encoding', 'gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    const plain = await request(app).get('/rows').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await request(app).get('/no/such/route').expect(404);
    expect(response.body).toEqual({
      error: { code: 'not_found', message: 'No route for GET /no/such/route' },
    });
  });

  it('reads a JSON body only on a route that takes one', async () => {
    const echoed = await request(app).post('/echo').send({ n: 1 }).expect(200);
    expect(echoed.body).toEqual({ received: { n: 1 } });
    const elsewhere = await request(app).post('/ping').send({ n: 1 }).expect(404);
    expect(errorCode(elsewhere)).toBe('not_found');
  });

  it('refuses a body over the limit with a JSON 413', async () => {
    const response = await request(app)
      .post('/echo')
      .send({ padding: 'x'.repeat(2048) })
      .expect(413);
    expect(errorCode(response)).toBe('payload_too_large');
  });

  it('reads a compressed body, and refuses one that inflates past the limit or is corrupt', async () => {
    // Sent as they are: supertest would serialize a Buffer as JSON.
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const post = async (body: Buffer) => {
      const response = await fetch(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
          body: new Uint8Array(body),
        },
      );
      return { status: response.status, body: (await response.json()) as unknown };
    };
    try {
      expect(await post(gzipSync('{"n":1}'))).toEqual({
        status: 200,
        body: { received: { n: 1 } },
      });
      expect(await post(gzipSync(JSON.stringify({ padding: 'x'.repeat(2048) })))).toMatchObject({
        status: 413,
        body: { error: { code: 'payload_too_large' } },
      });
      expect(await post(Buffer.from('not gzip at all'))).toMatchObject({
        status: 400,
        body: { error: { code: 'bad_request' } },
      });
    } finally {
      server.close();
    }
  });

  it('refuses malformed JSON with a JSON 400', async () => {
    const response = await request(app)
      .post('/echo')
      .set('Content-Type', 'application/json')
      .send('{"unterminated": ')
      .expect(400);
    expect(errorCode(response)).toBe('malformed_json');
  });

  it('refuses a body encoding it cannot read with a JSON 415', async () => {
    const response = await request(app)
      .post('/echo')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'compress-by-hand')
      .send('{}')
      .expect(415);
    expect(errorCode(response)).toBe('unsupported_media_type');
  });

  it('echoes the caller’s request id', async () => {
    const response = await request(app).get('/healthcheck').set('X-Request-Id', 'trace-42');
    expect(response.headers['x-request-id']).toBe('trace-42');
  });

  it('makes a request id when none, or an unsafe one, is sent', async () => {
    const fresh = await request(app).get('/healthcheck');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await request(app).get('/healthcheck').set('X-Request-Id', 'a b"c');
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the helmet security headers', async () => {
    const response = await request(app).get('/healthcheck');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

const deps = await testDeps();

describe('an unexpected error', () => {
  const failing = () =>
    Router().get('/explode', () => {
      throw new Error('connection string postgres://admin:hunter2@db');
    });
  const explodingApp = createApp(deps, [...plugins, failing]);

  it('is answered 500 without internals and logged with its request id', async () => {
    const response = await request(explodingApp)
      .get('/explode')
      .set('X-Request-Id', 'boom-1')
      .expect(500);
    expect(response.body).toEqual({
      error: { code: 'internal_error', message: 'Something went wrong on our side' },
    });
    expect(JSON.stringify(response.body)).not.toContain('hunter2');

    const logged = deps
      .logLines()
      .find((line) => line.msg === 'unexpected error while handling a request');
    expect(logged?.req).toMatchObject({ id: 'boom-1' });
    expect(JSON.stringify(logged?.err)).toContain('hunter2');
  });
});
