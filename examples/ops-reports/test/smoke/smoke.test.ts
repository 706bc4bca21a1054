import { serviceUnderTest, type ServiceUnderTest } from '../helpers/service-under-test.js';

// Smoke: read-only checks, safe against production (SMOKE_URL=https://... npm run test:smoke).
let service: ServiceUnderTest;
beforeAll(async () => {
  service = await serviceUnderTest('SMOKE_URL');
});
afterAll(() => service.stop());

describe('smoke', () => {
  it('is up', async () => {
    const response = await fetch(`${service.url}/healthcheck`, {
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(200);
  });

  it('tells which version is deployed', async () => {
    const response = await fetch(`${service.url}/ping`, { signal: AbortSignal.timeout(5000) });
    expect(await response.json()).toEqual({
      success: true,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
    });
  });
});
