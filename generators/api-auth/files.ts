/** The API client guard every API scheme (hawk, api-key) plugs into. */
export const files = [
  'src/auth/api-client.ts',
  'src/auth/authenticators.ts.ejs',
  'src/auth/require-client.ts',
  'test/helpers/header-authenticator.ts',
  'test/unit/require-client.test.ts',
] as const;
