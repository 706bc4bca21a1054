/** The lock that keeps two processes off one embedded database folder. */
export const files = ['src/db/embedded-lock.ts', 'test/unit/embedded-lock.test.ts'] as const;
