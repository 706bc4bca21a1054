/** Hawk users in the JSON file at HAWK_USERS_FILE. */
export const files = [
  'src/auth/hawk-users-file.ts',
  'test/integration/hawk-users-file.test.ts',
] as const;
