import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  deps: [
    {
      name: 'hawkUsers',
      type: 'HawkUserStore',
      factory: 'createDynamoHawkUserStore',
      from: 'src/auth/hawk-users-dynamodb.ts',
    },
  ],
  tables: [{ name: 'hawkUsersTable', from: 'src/auth/hawk-users-dynamodb.ts' }],
};

/** Hawk users in the hawk_users table, scopes as a string set. */
export default {
  summary: 'Hawk users in a DynamoDB table',
  stage: 'auth',
  after: ['auth-hawk'],
  joins: ({ has }) => has('auth-hawk') && has('db-dynamodb'),
  contribution,
} satisfies FeatureDeclaration;
