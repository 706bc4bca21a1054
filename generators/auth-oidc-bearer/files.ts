/** OIDC bearer tokens (JWT access tokens) for API routes. */
export const files = [
  'src/auth/oidc-bearer.ts',
  'test/helpers/local-issuer.ts',
  'test/integration/oidc-bearer.test.ts',
] as const;
