import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  deps: [
    {
      name: 'hawkUsers',
      type: 'HawkUserStore',
      factory: 'createPostgresHawkUserStore',
      from: 'src/auth/hawk-users-postgres.ts',
    },
  ],
};

/** Hawk users in the hawk_users table, created by a migration. */
export default {
  summary: 'Hawk users in a PostgreSQL table',
  stage: 'auth',
  after: ['auth-hawk'],
  joins: ({ has }) => has('auth-hawk') && has('db-postgres'),
  contribution,
} satisfies FeatureDeclaration;
