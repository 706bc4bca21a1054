import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  dependencies: ['ioredis'],
  env: [
    {
      name: 'REDIS_URL',
      schema: 'z.url({ protocol: /^rediss?$/ }).optional()',
      expects: 'a redis:// or rediss:// URL; unset keeps that state in process',
      example: 'redis://127.0.0.1:6379',
      docker: 'redis://redis:6379',
    },
  ],
  composeServices: [
    {
      name: 'redis',
      image: 'redis:7.4.1-alpine',
      port: 6379,
      ciEnv: { REDIS_URL: 'redis://127.0.0.1:6379' },
      healthcheck: 'redis-cli ping',
      volume: '/data',
    },
  ],
  deps: [
    {
      name: 'redis',
      type: 'OptionalRedis',
      factory: 'createRedis',
      from: './redis/redis.js',
      close: 'closeRedis',
    },
  ],
};
