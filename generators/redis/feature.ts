import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
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
      from: 'src/redis/redis.ts',
      close: 'closeRedis',
    },
  ],
  startup: [{ name: 'checkRedis', from: 'src/redis/redis-startup.ts' }],
  layout: [{ path: 'src/redis/', holds: 'the Redis connection' }],
};

/** The shared Redis connection, planned for the features that use one. */
export default {
  summary: 'The Redis connection at REDIS_URL, for features that share state between instances',
  stage: 'platform',
  brings: ['startup-retry'],
  contribution,
} satisfies FeatureDeclaration;
