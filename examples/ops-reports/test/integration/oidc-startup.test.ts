import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { expectOneLineFailure } from '../helpers/failed-start.js';
import { runMain } from '../helpers/main-process.js';

describe('a start with half a login configured', () => {
  it('is refused, naming what is missing, instead of serving with login off', async () => {
    const result = await runMain({
      OIDC_ISSUER_URL: 'http://127.0.0.1:1/',
      OIDC_CLIENT_ID: 'service',
      OIDC_CLIENT_SECRET: 'service-client-secret-0123456789abcdef',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'OIDC login is half configured: APP_SECRET_KEY missing; set every part, or none to turn login off',
    );
    expect(result.output).not.toMatch(/^\s+at /m);
  }, 30_000);
});

describe('a start with an OIDC issuer that does not answer', () => {
  it('ends in one line naming the issuer and its setting, exit 1', async () => {
    // A port nothing listens on: one just given up. (fetch refuses low ports such as 1 outright.)
    const closed = createServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    closed.close();
    const result = await runMain({
      OIDC_ISSUER_URL: `http://127.0.0.1:${port}/`,
      OIDC_CLIENT_ID: 'service',
      OIDC_CLIENT_SECRET: 'service-client-secret-0123456789abcdef',
      APP_SECRET_KEY: 'a-session-key-of-at-least-thirty-two-characters',
      STARTUP_TIMEOUT_MS: '300',
    });
    expectOneLineFailure(
      result,
      new RegExp(
        `^cannot reach the OIDC issuer at http://127\\.0\\.0\\.1:${port}/ \\(OIDC_ISSUER_URL\\): fetch failed \\(connect ECONNREFUSED`,
      ),
    );
  }, 30_000);
});
