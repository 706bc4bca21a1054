import { FeatureGenerator } from '../lib/feature-generator.js';

/** The data API rows in a PostgreSQL table; `files.ts` lists what it writes. */
export default class DataRowsPostgresGenerator extends FeatureGenerator {
  protected readonly feature = 'data-rows-postgres';
}
