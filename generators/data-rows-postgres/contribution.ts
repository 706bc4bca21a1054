import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  deps: [
    {
      name: 'dataRows',
      type: 'DataRows',
      factory: 'createPostgresDataRows',
      from: './data/postgres-data-rows.js',
    },
  ],
};
