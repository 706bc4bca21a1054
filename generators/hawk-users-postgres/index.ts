import { FeatureGenerator } from '../lib/feature-generator.js';

/** Hawk users in a PostgreSQL table; `files.ts` lists what it writes. */
export default class HawkUsersPostgresGenerator extends FeatureGenerator {
  protected readonly feature = 'hawk-users-postgres';
}
