import { FeatureGenerator } from '../lib/feature-generator.js';

/** The Redis connection; planned whenever a chosen feature keeps state in Redis. */
export default class RedisGenerator extends FeatureGenerator {
  protected readonly feature = 'redis';
}
