import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  env: [
    {
      name: 'DATA_PAGE_SIZE',
      schema: 'z.coerce.number().int().min(1).max(1000).default(10)',
      expects: 'how many rows a page of /get-data holds, from 1 to 1000',
      example: '10',
    },
  ],
  plugins: [{ name: 'dataRoutes', from: './data/data.routes.js' }],
  benchRoutes: ['/get-data?orientation=records&next-id=5'],
  readme: [{ title: 'Data API', partial: 'data-api.md' }],
};
