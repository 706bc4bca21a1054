import type { DataRows } from './data-rows.js';
import { readPage } from './read-page.js';
import { sampleRows } from './sample-rows.js';

export type { DataRows };

/** The sample rows, kept in process: no database chosen, so no dependency is needed. */
export function createMemoryDataRows(_deps: unknown): DataRows {
  return { readPage: (query) => Promise.resolve(readPage(sampleRows, query)) };
}
