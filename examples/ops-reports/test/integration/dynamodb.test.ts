import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AbstractIterator, AbstractKeyIterator, AbstractValueIterator } from 'abstract-level';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { createTables, dropTables, seedFromFile } from '../../src/db/dynamodb-admin.js';
import { openDynamo } from '../../src/db/dynamodb.js';
import { tables } from '../../src/dynamodb-tables.js';
import type { TableDefinition } from '../../src/db/table-definition.js';
import { dynamoEngines } from '../helpers/test-dynamodb.js';
import { testEnvironment } from '../helpers/test-deps.js';

const quiet = pino({ level: 'silent' });
const scratch: TableDefinition = { name: 'scratch', partitionKey: { name: 'pk', type: 'S' } };

describe.each(dynamoEngines())('DynamoDB tables on $name', (engine) => {
  it('creates only the tables that are missing, and drops them', async () => {
    const dynamo = await engine.open();
    try {
      expect(await createTables(dynamo, tables)).toEqual([]);
      expect(await createTables(dynamo, [scratch])).toEqual([scratch]);
      expect(await createTables(dynamo, [scratch])).toEqual([]);
      const { TableNames = [] } = await dynamo.client.send(new ListTablesCommand({}));
      expect(TableNames).toContain(dynamo.tableName(scratch));
      expect(await dropTables(dynamo, [scratch])).toEqual([scratch]);
      expect(await dropTables(dynamo, [scratch])).toEqual([]);
    } finally {
      await dynamo.close();
    }
  });

  it('seeds a batch-write-item file in batches of 25', async () => {
    const dynamo = await engine.open();
    const file = join(mkdtempSync(join(tmpdir(), 'seed-')), 'seed.json');
    const requests = Array.from({ length: 60 }, (_, n) => ({
      PutRequest: { Item: { pk: { S: `item-${n}` }, tags: { SS: ['a', 'b'] } } },
    }));
    writeFileSync(file, JSON.stringify({ scratch: requests }));
    let batches = 0;
    dynamo.client.middlewareStack.add(
      (next, context) => (args) => {
        if (context.commandName === 'BatchWriteItemCommand') batches += 1;
        return next(args);
      },
      { step: 'initialize' },
    );
    try {
      await createTables(dynamo, [scratch]);
      expect(await seedFromFile(dynamo, file)).toEqual({ scratch: 60 });
      expect(batches).toBe(3);
      const { Item } = await dynamo.documents.send(
        new GetCommand({ TableName: dynamo.tableName(scratch), Key: { pk: 'item-59' } }),
      );
      expect(Item).toEqual({ pk: 'item-59', tags: new Set(['a', 'b']) });
    } finally {
      await dropTables(dynamo, [scratch]);
      await dynamo.close();
    }
  });

  it('retries the items DynamoDB hands back unprocessed', async () => {
    const dynamo = await engine.open();
    const file = join(mkdtempSync(join(tmpdir(), 'seed-')), 'seed.json');
    const requests = Array.from({ length: 10 }, (_, n) => ({
      PutRequest: { Item: { pk: { S: `item-${n}` } } },
    }));
    writeFileSync(file, JSON.stringify({ scratch: requests }));
    // Throttling cannot be provoked on demand, so the first call is cut short the way
    // DynamoDB does it: half the requests are written, the rest handed back unprocessed.
    let calls = 0;
    dynamo.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'BatchWriteItemCommand' || (calls += 1) > 1) return next(args);
        const table = dynamo.tableName(scratch);
        const all = (args.input as { RequestItems: Record<string, unknown[]> }).RequestItems[table];
        const result = await next({
          ...args,
          input: { RequestItems: { [table]: all?.slice(0, 5) } },
        });
        Object.assign(result.output as object, { UnprocessedItems: { [table]: all?.slice(5) } });
        return result;
      },
      { step: 'initialize' },
    );
    try {
      await createTables(dynamo, [scratch]);
      expect(await seedFromFile(dynamo, file)).toEqual({ scratch: 10 });
      expect(calls).toBe(2);
      const { Item } = await dynamo.documents.send(
        new GetCommand({ TableName: dynamo.tableName(scratch), Key: { pk: 'item-9' } }),
      );
      expect(Item).toEqual({ pk: 'item-9' });
    } finally {
      await dropTables(dynamo, [scratch]);
      await dynamo.close();
    }
  });
});

describe('the embedded dynalite', () => {
  const embedded = (dataDir: string) =>
    loadConfig({ NODE_ENV: 'development', DYNAMODB_DATA_DIR: dataDir });

  it('keeps its data on disk across restarts', async () => {
    const config = embedded(mkdtempSync(join(tmpdir(), 'dynalite-')));
    const first = await openDynamo({ config, logger: quiet });
    const TableName = first.tableName(scratch);
    await createTables(first, [scratch]);
    await first.documents.send(new PutCommand({ TableName, Item: { pk: 'a', note: 'kept' } }));
    await first.close();

    const second = await openDynamo({ config, logger: quiet });
    try {
      const { Item } = await second.documents.send(new GetCommand({ TableName, Key: { pk: 'a' } }));
      expect(Item).toEqual({ pk: 'a', note: 'kept' });
    } finally {
      await second.close();
    }
  });

  it('closes the iterator of every Query once it is answered, so reads hold no memory', async () => {
    // Counts the closes of each kind of iterator dynalite's engines make.
    let closed = 0;
    const prototypes = [AbstractIterator, AbstractKeyIterator, AbstractValueIterator].map(
      (Iterator) => Iterator.prototype as { close: () => Promise<void> },
    );
    const restore = prototypes.map((prototype) => {
      const { close } = prototype;
      prototype.close = function (this: typeof prototype) {
        closed += 1;
        return close.call(this);
      };
      return () => (prototype.close = close);
    });
    const dynamo = await openDynamo({ config: embedded('memory://'), logger: quiet });
    try {
      const TableName = dynamo.tableName(scratch);
      await createTables(dynamo, [scratch]);
      await dynamo.documents.send(new PutCommand({ TableName, Item: { pk: 'a' } }));
      closed = 0;
      for (let query = 0; query < 10; query += 1) {
        const { Items } = await dynamo.documents.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': 'a' },
          }),
        );
        expect(Items).toEqual([{ pk: 'a' }]);
      }
      expect(closed).toBeGreaterThanOrEqual(10);
    } finally {
      for (const undo of restore) undo();
      await dynamo.close();
    }
  });

  it('refuses a data folder that another process has open', async () => {
    const config = embedded(mkdtempSync(join(tmpdir(), 'dynalite-')));
    const first = await openDynamo({ config, logger: quiet });
    try {
      await expect(openDynamo({ config, logger: quiet })).rejects.toThrow(
        `the embedded dynalite data in ${config.DYNAMODB_DATA_DIR} is in use by process ${process.pid}`,
      );
    } finally {
      await first.close();
    }
  });

  it('says which engine is in use', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const dynamo = await openDynamo({ config: embedded('memory://'), logger });
    await dynamo.close();
    expect(lines.join('')).toContain('DynamoDB embedded (dynalite), data in memory://');
  });

  it('is refused in production, where a region or an endpoint is needed', async () => {
    // From the tests' environment, which holds what other features need in production.
    const config = loadConfig({
      ...testEnvironment(),
      NODE_ENV: 'production',
      DYNAMODB_DATA_DIR: 'memory://',
    });
    await expect(openDynamo({ config, logger: quiet })).rejects.toThrow(
      'DynamoDB in production needs DYNAMODB_REGION (AWS) or DYNAMODB_ENDPOINT',
    );
  });
});
