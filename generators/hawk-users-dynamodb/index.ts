import { FeatureGenerator } from '../lib/feature-generator.js';

/** Hawk users in a DynamoDB table; `files.ts` lists what it writes. */
export default class HawkUsersDynamodbGenerator extends FeatureGenerator {
  protected readonly feature = 'hawk-users-dynamodb';
}
