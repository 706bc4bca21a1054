import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  deps: [
    {
      name: 'hawkUsers',
      type: 'HawkUserStore',
      factory: 'createDynamoHawkUserStore',
      from: './auth/hawk-users-dynamodb.js',
    },
  ],
  tables: [{ name: 'hawkUsersTable', from: '../auth/hawk-users-dynamodb.js' }],
};
