import { FeatureGenerator } from '../lib/feature-generator.js';

/** The data API rows kept in process, when no database is chosen; `files.ts` lists what it writes. */
export default class DataRowsMemoryGenerator extends FeatureGenerator {
  protected readonly feature = 'data-rows-memory';
}
