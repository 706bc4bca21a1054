import { FeatureGenerator } from '../lib/feature-generator.js';

/** What both embedded database engines share; `files.ts` lists what it writes. */
export default class DbEmbeddedGenerator extends FeatureGenerator {
  protected readonly feature = 'db-embedded';
}
