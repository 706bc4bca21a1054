import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  runtimeFolders: ['seeds'],
  deps: [
    {
      name: 'dataRows',
      type: 'DataRows',
      factory: 'createDynamoDataRows',
      from: 'src/data/dynamodb-data-rows.ts',
    },
  ],
  tables: [{ name: 'sampleRowsTable', from: 'src/data/dynamodb-data-rows.ts' }],
  layout: [{ path: 'seeds/', holds: 'rows the embedded tables start with' }],
};

/** The data API rows in the sample_rows table, seeded from seeds/sample-rows.json. */
export default {
  summary: 'The data API rows in a DynamoDB table',
  stage: 'data',
  after: ['data-api'],
  joins: ({ has }) => has('data-api') && has('db-dynamodb'),
  contribution,
} satisfies FeatureDeclaration;
