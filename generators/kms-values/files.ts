/** The env resolver that decrypts KMS values. */
export const files = ['src/env/kms-values.ts', 'test/unit/kms-values.test.ts'] as const;
