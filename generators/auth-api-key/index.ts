import { FeatureGenerator } from '../lib/feature-generator.js';

/** API-key authentication; `files.ts` lists what it writes. */
export default class AuthApiKeyGenerator extends FeatureGenerator {
  protected readonly feature = 'auth-api-key';
}
