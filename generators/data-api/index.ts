import { FeatureGenerator } from '../lib/feature-generator.js';

/** The sample data API; `files.ts` lists what it writes. */
export default class DataApiGenerator extends FeatureGenerator {
  protected readonly feature = 'data-api';
}
