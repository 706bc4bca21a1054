import { FeatureGenerator } from '../lib/feature-generator.js';

/** The data API rows in a DynamoDB table; `files.ts` lists what it writes. */
export default class DataRowsDynamodbGenerator extends FeatureGenerator {
  protected readonly feature = 'data-rows-dynamodb';
}
