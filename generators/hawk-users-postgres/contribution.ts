import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  deps: [
    {
      name: 'hawkUsers',
      type: 'HawkUserStore',
      factory: 'createPostgresHawkUserStore',
      from: './auth/hawk-users-postgres.js',
    },
  ],
};
