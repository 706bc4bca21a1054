import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

/**
 * An OIDC issuer on a loopback port: its discovery document and JWKS served
 * over HTTP as a real one serves them, and tokens signed with its key.
 */
export async function startLocalIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer((req, res) => {
    const documents: Record<string, unknown> = {
      '/.well-known/openid-configuration': { issuer, jwks_uri: `${issuer}/jwks` },
      '/jwks': { keys: [jwk] },
    };
    const document = documents[req.url ?? ''];
    res.writeHead(document ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(document ?? {}));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    /** A token from this issuer; claims override the defaults (subject, audience, an hour's life). */
    token: (claims: JWTPayload = {}, key = privateKey) =>
      new SignJWT({ sub: 'user-1', aud: 'reports-api', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(String(claims.iss ?? issuer))
        .setIssuedAt()
        .setExpirationTime(claims.exp ?? '1h')
        .sign(key),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
