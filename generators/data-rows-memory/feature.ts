import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  deps: [
    {
      name: 'dataRows',
      type: 'DataRows',
      factory: 'createMemoryDataRows',
      from: 'src/data/memory-data-rows.ts',
    },
  ],
};

/** The data API rows as a constant, paged in memory. */
export default {
  summary: 'The data API rows as a constant in process',
  stage: 'data',
  after: ['data-api'],
  joins: ({ answers, has }) => has('data-api') && answers.database === 'none',
  contribution,
} satisfies FeatureDeclaration;
