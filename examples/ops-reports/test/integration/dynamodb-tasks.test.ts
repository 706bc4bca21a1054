import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dynalite from 'dynalite';
import { createTables } from '../../src/db/dynamodb-admin.js';
import { tables } from '../../src/dynamodb-tables.js';
import { dbCreateTask, dbSeedTask } from '../../src/tasks/dynamodb-tasks.js';
import { runMain } from '../helpers/main-process.js';
import { testDeps } from '../helpers/test-deps.js';

const deps = await testDeps({ DYNAMODB_TABLE_PREFIX: 'tasks-' });

describe('the DynamoDB tasks', () => {
  it('db-create runs before the start-up checks, which need what it makes', () => {
    expect(dbCreateTask.skipsStartup).toBe(true);
  });

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

describe('APP_RUN_MODE=TASK APP_TASK_LIST=db-create', () => {
  it('creates the tables on a DynamoDB without them, as a deploy job does, and names them', async () => {
    // A DynamoDB of its own, empty, that the service does not create tables on at start.
    const server = dynalite({ createTableMs: 0 });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const env = {
        DYNAMODB_ENDPOINT: endpoint,
        DYNAMODB_ACCESS_KEY_ID: 'local',
        DYNAMODB_SECRET_ACCESS_KEY: 'local',
        DYNAMODB_CREATE_TABLES: 'false',
        DYNAMODB_TABLE_PREFIX: 'job-',
        APP_RUN_MODE: 'TASK',
        APP_TASK_LIST: 'db-create',
      };
      const job = await runMain(env);
      expect(job.output).not.toContain('does not exist');
      expect(job.code).toBe(0);
      const done = job.output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; result?: { created?: string[] } })
        .find((line) => line.msg === 'task done');
      const deps = await testDeps(env);
      const created = tables.map((table) => deps.dynamodb.tableName(table));
      expect(created.every((name) => name.startsWith('job-'))).toBe(true);
      expect(done?.result?.created).toEqual(created);
      const { TableNames } = await deps.dynamodb.client.send(new ListTablesCommand({}));
      expect(TableNames).toEqual(expect.arrayContaining(created));
      // Made once: run again, the job creates nothing and the checks pass.
      const again = await runMain(env);
      expect(again.code).toBe(0);
      expect(again.output).toContain('"created":[]');
    } finally {
      await new Promise<void>((closed) => server.close(() => closed()));
    }
  }, 60_000);
});
