import type { DataRows } from './data-rows.js';
import { readPage } from './read-page.js';
import { sampleRows } from './sample-rows.js';

export type { DataRows };

/** The sample rows, kept in process: no database chosen. */
export function createMemoryDataRows(): DataRows {
  return { readPage: (query) => Promise.resolve(readPage(sampleRows, query)) };
}
