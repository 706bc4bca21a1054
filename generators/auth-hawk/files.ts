/** Hawk request signing: users, nonces, the authenticator and its manage commands. */
export const files = [
  'src/auth/hawk.ts',
  'src/auth/hawk-nonces.ts',
  'src/auth/hawk-user.ts',
  'src/cli/hawk-commands.ts',
  'test/helpers/hawk-client.ts',
  'test/helpers/hawk-user-store-contract.ts',
  'test/unit/hawk-nonces.test.ts',
  'test/integration/hawk.test.ts',
  'test/integration/hawk-commands.test.ts',
] as const;
