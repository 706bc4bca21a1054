import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  runtimeFolders: ['seeds'],
  deps: [
    {
      name: 'dataRows',
      type: 'DataRows',
      factory: 'createDynamoDataRows',
      from: './data/dynamodb-data-rows.js',
    },
  ],
  tables: [{ name: 'sampleRowsTable', from: '../data/dynamodb-data-rows.js' }],
};
