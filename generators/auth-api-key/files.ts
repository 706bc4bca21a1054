/** API keys in the X-API-KEY header. */
export const files = ['src/auth/api-key.ts', 'test/integration/api-key.test.ts'] as const;
