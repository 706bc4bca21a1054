import { FeatureGenerator } from '../lib/feature-generator.js';

/** Hawk authentication; `files.ts` lists what it writes. */
export default class AuthHawkGenerator extends FeatureGenerator {
  protected readonly feature = 'auth-hawk';
}
