import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTables } from '../../src/db/dynamodb-admin.js';
import { tables } from '../../src/dynamodb-tables.js';
import { manageWith } from '../helpers/manage.js';
import { testDeps } from '../helpers/test-deps.js';

const deps = await testDeps({ DYNAMODB_TABLE_PREFIX: 'commands-' });

const manage = manageWith(deps);

const seedFile = (content: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'seed-')), 'seed.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
};

describe('npm run manage -- db', () => {
  it('create: makes nothing twice', async () => {
    const { code, output } = await manage('db', 'create');
    expect(code).toBe(0);
    expect(output).not.toContain('created');
  });

  it('seed: writes a batch-write-item file and says how much', async () => {
    await createTables(deps.dynamodb, [
      { name: 'scratch', partitionKey: { name: 'pk', type: 'S' } },
    ]);
    const file = seedFile({ scratch: [{ PutRequest: { Item: { pk: { S: 'x' } } } }] });
    expect(await manage('db', 'seed', file)).toEqual({ code: 0, output: 'scratch: 1 written' });
  });

  it('seed: names the file and the problem of a file in another format', async () => {
    const file = seedFile([{ pk: 'x' }]);
    const { code, output } = await manage('db', 'seed', file);
    expect(code).toBe(1);
    expect(output).toContain(`${file} is not in the batch-write-item format`);
  });

  it('seed: asks for the file', async () => {
    const { code, output } = await manage('db', 'seed');
    expect(code).toBe(2);
    expect(output).toContain('missing <file>');
  });

  it('drop: deletes only with --yes, and create brings the tables back', async () => {
    // A service may define no tables yet; then there is nothing to drop or create.
    // Named as DynamoDB has them: with the prefix.
    const names = tables.map((table) => deps.dynamodb.tableName(table)).join(', ');
    if (names) expect(names).toMatch(/^commands-/);
    expect((await manage('db', 'drop')).code).toBe(2);
    expect(await manage('db', 'drop', '--yes')).toEqual({
      code: 0,
      output: names ? `deleted ${names}` : 'no table to delete',
    });
    expect(await manage('db', 'create')).toEqual({
      code: 0,
      output: names ? `created ${names}` : 'the service defines no tables',
    });
  });
});
