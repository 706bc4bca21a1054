import { serviceUnderTest, type ServiceUnderTest } from '../helpers/service-under-test.js';

// Acceptance: the HTTP contract a client relies on, over the network, against
// TARGET_URL or the service started in-process.
let service: ServiceUnderTest;
beforeAll(async () => {
  service = await serviceUnderTest('TARGET_URL');
});
afterAll(() => service.stop());

describe('the HTTP contract', () => {
  it('answers /healthcheck for probes', async () => {
    const response = await fetch(`${service.url}/healthcheck`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'OK' });
  });

  it('answers an unknown route with the one error shape', async () => {
    const response = await fetch(`${service.url}/no-such-route`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: expect.any(String) as unknown },
    });
  });

  it('leaves a body unread where no route takes one: a JSON 404, not 500', async () => {
    const response = await fetch(`${service.url}/healthcheck`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"half":',
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('carries a caller’s request id through, and makes one otherwise', async () => {
    const traced = await fetch(`${service.url}/healthcheck`, {
      headers: { 'x-request-id': 'acceptance-1' },
    });
    expect(traced.headers.get('x-request-id')).toBe('acceptance-1');
    const fresh = await fetch(`${service.url}/healthcheck`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
