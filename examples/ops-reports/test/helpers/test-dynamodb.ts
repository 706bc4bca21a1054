import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { createTables, dropTables, seedTables } from '../../src/db/dynamodb-admin.js';
import { openDynamo, type Dynamo } from '../../src/db/dynamodb.js';
import { tables } from '../../src/dynamodb-tables.js';

export interface DynamoEngineUnderTest {
  name: string;
  /** A connection whose tables exist and are seeded, under a table prefix of its own. */
  open(): Promise<Dynamo>;
}

const quiet = pino({ level: 'silent' });

/**
 * The engines the DynamoDB adapters are tested on: dynalite in this process
 * always, and the endpoint at DYNAMODB_ENDPOINT (DynamoDB Local, LocalStack)
 * when it is set. Each connection uses a fresh table prefix, and its close
 * drops the tables it made, so tests never see each other's data.
 */
export function dynamoEngines(): DynamoEngineUnderTest[] {
  const open = (env: Record<string, string | undefined>) => async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DYNAMODB_DATA_DIR: 'memory://',
      DYNAMODB_TABLE_PREFIX: `test-${randomUUID().slice(0, 8)}-`,
      ...env,
    });
    const dynamo = await openDynamo({ config, logger: quiet });
    await seedTables(dynamo, await createTables(dynamo, tables));
    return {
      ...dynamo,
      async close() {
        await dropTables(dynamo, tables);
        await dynamo.close();
      },
    };
  };
  const engines = [{ name: 'dynalite in process', open: open({}) }];
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (endpoint) {
    engines.push({
      name: `DynamoDB at ${endpoint}`,
      open: open({
        DYNAMODB_ENDPOINT: endpoint,
        DYNAMODB_REGION: process.env.DYNAMODB_REGION,
        DYNAMODB_ACCESS_KEY_ID: process.env.DYNAMODB_ACCESS_KEY_ID,
        DYNAMODB_SECRET_ACCESS_KEY: process.env.DYNAMODB_SECRET_ACCESS_KEY,
      }),
    });
  }
  return engines;
}
