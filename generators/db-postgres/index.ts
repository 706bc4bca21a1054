import { FeatureGenerator } from '../lib/feature-generator.js';

/** PostgreSQL: a pg pool, PGlite when no server is set, migrations and their commands; `files.ts` lists what it writes. */
export default class DbPostgresGenerator extends FeatureGenerator {
  protected readonly feature = 'db-postgres';
}
