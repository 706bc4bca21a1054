import { FeatureGenerator } from '../lib/feature-generator.js';

/** The PostgreSQL tasks: db-migrate. */
export default class DbPostgresTasksGenerator extends FeatureGenerator {
  protected readonly feature = 'db-postgres-tasks';
}
