import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  env: [
    {
      name: 'DATA_PAGE_SIZE',
      schema: 'z.coerce.number().int().min(1).max(1000).default(10)',
      expects: 'how many rows a page of /get-data holds, from 1 to 1000',
      example: '10',
    },
  ],
  plugins: [{ name: 'dataRoutes', from: 'src/data/data.routes.ts' }],
  routeDocs: [{ name: 'dataRouteDocs', from: 'src/data/data.docs.ts' }],
  benchRoutes: ['/get-data?orientation=records&next-id=5'],
  layout: [{ path: 'src/data/', holds: 'the sample data API and the stores of its rows' }],
  fuzzTargets: [{ name: 'dataFuzz', from: 'test/fuzz/data-routes.ts' }],
  readme: [{ title: 'Data API', partial: 'data-api.md' }],
};

/** The sample data API: `GET /get-data`, oriented and paged. */
export default {
  summary: 'Sample data API: GET /get-data in tabular or records form, paged with next-id',
  stage: 'data',
  choice: {
    answer: 'dataApi',
    question:
      'Include the sample data API? (GET /get-data; with Hawk, API keys or OIDC bearer also /train-model and task status)',
    default: true,
  },
  contribution,
  helpers: () => import('./sample-rows.js'),
} satisfies FeatureDeclaration;
