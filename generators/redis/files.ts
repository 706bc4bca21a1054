/** The shared Redis connection, planned for the features that use one. */
export const files = ['src/redis/redis.ts'] as const;
