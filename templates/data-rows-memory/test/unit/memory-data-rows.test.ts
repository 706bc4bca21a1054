import { createMemoryDataRows } from '../../src/data/memory-data-rows.js';
import { dataRowsContract } from '../helpers/data-rows-contract.js';

describe('data rows in memory', () => {
  dataRowsContract(() =>
    Promise.resolve({ rows: createMemoryDataRows({}), close: () => Promise.resolve() }),
  );
});
