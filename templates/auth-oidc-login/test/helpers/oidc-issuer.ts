import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CLIENT = { id: 'service', secret: 'service-client-secret-0123456789abcdef' };

/** In a login name, makes the provider say the address is not verified: `eve+unverified@example.org`. */
export const UNVERIFIED = '+unverified';

/**
 * Runs `make` with oidc-provider's console warnings left out of the test
 * output: it warns when loaded on Node 20, and when constructed of each
 * quick-start default (in-memory adapter, development keys and
 * interactions), which are what an issuer started for a test is meant to use.
 */
async function withoutProviderWarnings<T>(make: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('oidc-provider WARNING')) warn(...args);
  };
  try {
    return await make();
  } finally {
    console.warn = warn;
  }
}

/**
 * A real OIDC provider (oidc-provider) on a loopback port, with one client
 * for the service under test. Any login name is accepted as an account and
 * its email address (verified unless the name says UNVERIFIED), through the
 * provider's own login and consent forms.
 */
export async function startOidcIssuer(serviceBaseUrl: string) {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = await withoutProviderWarnings(async () => {
    const { default: Provider } = await import('oidc-provider');
    return new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT.id,
          client_secret: CLIENT.secret,
          redirect_uris: [`${serviceBaseUrl}/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      // The ID token carries the email, as Auth0 and most providers send it.
      conformIdTokenClaims: false,
      // Set, not left to the defaults: oidc-provider logs a notice each time it applies one.
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      cookies: { keys: ['oidc-provider-test-cookie-key'] },
      findAccount: (_ctx, id) =>
        Promise.resolve({
          accountId: id,
          claims: () =>
            Promise.resolve({
              sub: id,
              email: id,
              email_verified: !id.includes(`${UNVERIFIED}@`),
              name: id.split('@')[0],
            }),
        }),
    });
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
