import { createTables, dropTables, seedFromFile } from '../db/dynamodb-admin.js';
import { tables } from '../dynamodb-tables.js';
import type { Dynamo } from '../db/dynamodb.js';
import type { TableDefinition } from '../db/table-definition.js';
import type { Command } from './command.js';

/** Tables as DynamoDB has them: the prefix and the name settings applied. */
const names = (dynamodb: Dynamo, list: readonly TableDefinition[]) =>
  list.map((table) => dynamodb.tableName(table)).join(', ');

export const dbCreate: Command = {
  name: 'db create',
  skipsStartup: true,
  summary: 'create the DynamoDB tables the service defines that do not exist yet',
  options: {},
  async run(_input, { deps, print }) {
    const { dynamodb } = await deps();
    const created = await createTables(dynamodb, tables);
    const existing = tables.filter((table) => !created.includes(table));
    if (tables.length === 0) print('the service defines no tables');
    if (created.length > 0) print(`created ${names(dynamodb, created)}`);
    if (existing.length > 0) print(`already there: ${names(dynamodb, existing)}`);
    return 0;
  },
};

export const dbDrop: Command = {
  name: 'db drop',
  skipsStartup: true,
  summary: 'delete the DynamoDB tables the service defines, and their data (needs --yes)',
  options: { yes: { type: 'boolean' } },
  async run({ values }, { deps, print }) {
    const { dynamodb } = await deps();
    if (!values.yes) {
      print(`this deletes ${names(dynamodb, tables)} and every item in them; run again with --yes`);
      return 2;
    }
    const dropped = await dropTables(dynamodb, tables);
    print(dropped.length > 0 ? `deleted ${names(dynamodb, dropped)}` : 'no table to delete');
    return 0;
  },
};

export const dbSeed: Command = {
  name: 'db seed',
  summary: 'write the items of a batch-write-item JSON file, 25 a request',
  options: {},
  args: ['file'],
  async run({ args: [file = ''] }, { deps, print }) {
    const { dynamodb } = await deps();
    try {
      const written = await seedFromFile(dynamodb, file);
      for (const [table, count] of Object.entries(written)) print(`${table}: ${count} written`);
      return 0;
    } catch (error) {
      print((error as Error).message);
      return 1;
    }
  },
};
