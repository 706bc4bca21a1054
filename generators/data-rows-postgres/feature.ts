import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  deps: [
    {
      name: 'dataRows',
      type: 'DataRows',
      factory: 'createPostgresDataRows',
      from: 'src/data/postgres-data-rows.ts',
    },
  ],
};

/** The data API rows in the sample_rows table, created and filled by a migration. */
export default {
  summary: 'The data API rows in a PostgreSQL table',
  stage: 'data',
  after: ['data-api'],
  joins: ({ has }) => has('data-api') && has('db-postgres'),
  contribution,
} satisfies FeatureDeclaration;
