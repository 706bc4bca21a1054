import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  deps: [
    {
      name: 'dataRows',
      type: 'DataRows',
      factory: 'createMemoryDataRows',
      from: './data/memory-data-rows.js',
    },
  ],
};
