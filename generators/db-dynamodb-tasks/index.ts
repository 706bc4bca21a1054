import { FeatureGenerator } from '../lib/feature-generator.js';

/** The DynamoDB tasks: db-create and db-seed. */
export default class DbDynamodbTasksGenerator extends FeatureGenerator {
  protected readonly feature = 'db-dynamodb-tasks';
}
