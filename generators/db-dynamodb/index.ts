import { FeatureGenerator } from '../lib/feature-generator.js';

/** DynamoDB: the client, dynalite when no endpoint is set, tables and their commands; `files.ts` lists what it writes. */
export default class DbDynamodbGenerator extends FeatureGenerator {
  protected readonly feature = 'db-dynamodb';
}
