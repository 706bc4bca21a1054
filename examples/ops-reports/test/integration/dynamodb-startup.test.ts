import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { tables } from '../../src/dynamodb-tables.js';
import { expectOneLineFailure } from '../helpers/failed-start.js';
import { runMain, startMain } from '../helpers/main-process.js';

/** A DynamoDB endpoint of its own for one test: a dynalite server, with no tables yet. */
async function standaloneDynamo(port = 0) {
  const server = dynalite({ createTableMs: 0 });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((done) => server.close(() => done())) };
}

const credentials = { DYNAMODB_ACCESS_KEY_ID: 'local', DYNAMODB_SECRET_ACCESS_KEY: 'local' };

describe('a start on a DynamoDB endpoint', () => {
  it('that does not answer ends in one line naming it, exit 1', async () => {
    const result = await runMain({
      ...credentials,
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:1',
      STARTUP_TIMEOUT_MS: '300',
    });
    expectOneLineFailure(
      result,
      /^cannot reach DynamoDB at http:\/\/127\.0\.0\.1:1: connect ECONNREFUSED/,
    );
  }, 30_000);

  it('without a table ends in one line saying how to create it, exit 1', async () => {
    const dynamo = await standaloneDynamo();
    try {
      const result = await runMain({ ...credentials, DYNAMODB_ENDPOINT: dynamo.url });
      expectOneLineFailure(
        result,
        /^table \S+ does not exist at \S+; create it with `npm run manage -- db create`/,
      );
      expect(result.output).toContain(`does not exist at ${dynamo.url};`);
    } finally {
      await dynamo.close();
    }
  }, 30_000);

  it('that comes up after the service is waited for, and then served from', async () => {
    // A port to start DynamoDB on later: taken from a server that is closed at once.
    const probe = await standaloneDynamo();
    const port = Number(new URL(probe.url).port);
    await probe.close();
    const service = startMain({
      ...credentials,
      DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}`,
      DYNAMODB_CREATE_TABLES: 'true',
      STARTUP_TIMEOUT_MS: '20000',
      PORT: '0',
    });
    try {
      await service.waitFor('waiting for DynamoDB');
      const dynamo = await standaloneDynamo(port);
      try {
        await service.waitFor('"msg":"listening"');
        const listening = service
          .output()
          .split('\n')
          .find((line) => line.includes('"msg":"listening"'));
        const { url } = JSON.parse(listening!) as { url: string };
        expect((await fetch(`${url}/healthcheck`)).status).toBe(200);
        // Its tables were made on the endpoint it waited for.
        const client = new DynamoDBClient({
          endpoint: dynamo.url,
          region: 'local',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        });
        const { TableNames = [] } = await client.send(new ListTablesCommand({}));
        client.destroy();
        expect(TableNames).toHaveLength(tables.length);
      } finally {
        service.kill('SIGTERM');
        await service.exited;
        await dynamo.close();
      }
    } finally {
      service.kill('SIGKILL');
    }
  }, 60_000);
});
