import { createPostgresDataRows } from '../../src/data/postgres-data-rows.js';
import { dataRowsContract } from '../helpers/data-rows-contract.js';
import { postgresEngines } from '../helpers/test-postgres.js';

describe.each(postgresEngines())('data rows on $name', (engine) => {
  dataRowsContract(async () => {
    const database = await engine.open();
    return { rows: createPostgresDataRows({ database }), close: () => database.close() };
  });
});
