import type { FuzzTarget } from '../helpers/fuzz-target.js';

/** The open data API, with the query keys it reads among the arbitrary ones. */
export const dataFuzz: FuzzTarget = {
  routes: ['GET /get-data'],
  queryKeys: ['orientation', 'next-id'],
};
