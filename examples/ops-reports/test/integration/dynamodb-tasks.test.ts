import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTables } from '../../src/db/dynamodb-admin.js';
import { dbCreateTask, dbSeedTask } from '../../src/tasks/dynamodb-tasks.js';
import { testDeps } from '../helpers/test-deps.js';

const deps = await testDeps({ DYNAMODB_TABLE_PREFIX: 'tasks-' });

describe('the DynamoDB tasks', () => {
  it('db-create makes nothing twice: testDeps has created every table already', async () => {
    await expect(dbCreateTask.run({}, deps)).resolves.toEqual({ created: [] });
  });

  it('db-seed writes the items of a batch-write-item file', async () => {
    await createTables(deps.dynamodb, [
      { name: 'seeded', partitionKey: { name: 'pk', type: 'S' } },
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'seed-')), 'seed.json');
    writeFileSync(file, JSON.stringify({ seeded: [{ PutRequest: { Item: { pk: { S: 'a' } } } }] }));
    await expect(dbSeedTask.run(dbSeedTask.args.parse({ file }), deps)).resolves.toEqual({
      written: { seeded: 1 },
    });
  });
});
