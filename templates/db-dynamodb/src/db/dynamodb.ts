import type { AddressInfo } from 'node:net';
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-error.js';
import { closeDynaliteIterators } from './dynalite-iterators.js';
import { IN_MEMORY, lockDataDir } from './embedded-lock.js';
import type { TableDefinition } from './table-definition.js';

/** Where the data is: dynalite in this process, an endpoint such as DynamoDB Local, or AWS. */
export type DynamoEngine = 'dynalite' | 'endpoint' | 'aws';

export interface Dynamo {
  engine: DynamoEngine;
  /** Where it is, as messages name it: its endpoint, or AWS's region. */
  location: string;
  client: DynamoDBClient;
  /** The client stores use: plain values in and out, string sets as Sets. */
  documents: DynamoDBDocumentClient;
  /** A table's name on this engine, with DYNAMODB_TABLE_PREFIX. */
  tableName(table: TableDefinition | string): string;
  close(): Promise<void>;
}

// The SDK warns on every start that Node 20 support ends in 2027; .nvmrc pins the Node we test on.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** DYNAMODB_ACCESS_KEY_ID and _SECRET_ACCESS_KEY override the AWS default credential chain. */
function clientConfig(config: Config): DynamoDBClientConfig {
  const { DYNAMODB_ACCESS_KEY_ID: accessKeyId, DYNAMODB_SECRET_ACCESS_KEY: secretAccessKey } =
    config;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new StartupError(
      'set both DYNAMODB_ACCESS_KEY_ID and DYNAMODB_SECRET_ACCESS_KEY, or neither to use the AWS default credential chain',
    );
  }
  return {
    ...(config.DYNAMODB_REGION && { region: config.DYNAMODB_REGION }),
    ...(accessKeyId && secretAccessKey && { credentials: { accessKeyId, secretAccessKey } }),
  };
}

/** Starts dynalite on a loopback port, its data under DYNAMODB_DATA_DIR (memory:// for none). */
async function startDynalite(dataDir: string) {
  const inMemory = dataDir === IN_MEMORY;
  const release = await lockDataDir(dataDir, 'dynalite');
  closeDynaliteIterators();
  // createTableMs 0: tables are ACTIVE at once instead of after dynalite's simulated delay.
  const server = dynalite({
    ...(!inMemory && { path: dataDir }),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    release();
  };
  return { endpoint: `http://127.0.0.1:${port}`, stop };
}

/** A table's name before the prefix: its setting's value where it has one, else its own. */
const unprefixedName = (table: TableDefinition | string, config: Config) =>
  typeof table === 'string'
    ? table
    : ((table.nameSetting && config[table.nameSetting]) ?? table.name);

function connect(
  [engine, location]: [DynamoEngine, string],
  settings: DynamoDBClientConfig,
  config: Config,
  stop: () => Promise<void>,
): Dynamo {
  const client = new DynamoDBClient(settings);
  return {
    engine,
    location,
    client,
    documents: DynamoDBDocumentClient.from(client),
    tableName: (table) => `${config.DYNAMODB_TABLE_PREFIX}${unprefixedName(table, config)}`,
    async close() {
      client.destroy();
      await stop();
    },
  };
}

/**
 * Connects to DynamoDB: DYNAMODB_ENDPOINT when set; AWS in production
 * (DYNAMODB_REGION required there); otherwise an embedded dynalite, so
 * `npm run dev` serves data with no server to install. The log says which
 * engine is in use.
 */
export async function openDynamo({
  config,
  logger,
}: {
  config: Config;
  logger: Logger;
}): Promise<Dynamo> {
  const settings = clientConfig(config);
  if (config.DYNAMODB_ENDPOINT) {
    const endpoint = config.DYNAMODB_ENDPOINT;
    logger.info({ engine: 'endpoint', endpoint }, `DynamoDB at ${endpoint}`);
    return connect(['endpoint', endpoint], { region: 'local', ...settings, endpoint }, config, () =>
      Promise.resolve(),
    );
  }
  if (config.NODE_ENV === 'production') {
    if (!config.DYNAMODB_REGION) {
      throw new StartupError(
        'DynamoDB in production needs DYNAMODB_REGION (AWS) or DYNAMODB_ENDPOINT; the embedded dynalite is for development and tests',
      );
    }
    logger.info({ engine: 'aws', region: config.DYNAMODB_REGION }, 'DynamoDB on AWS');
    return connect(['aws', `AWS region ${config.DYNAMODB_REGION}`], settings, config, () =>
      Promise.resolve(),
    );
  }
  const dynalite = await startDynalite(config.DYNAMODB_DATA_DIR);
  const dynamo = connect(
    ['dynalite', dynalite.endpoint],
    {
      region: 'local',
      endpoint: dynalite.endpoint,
      credentials: { accessKeyId: 'embedded', secretAccessKey: 'embedded' },
    },
    config,
    dynalite.stop,
  );
  logger.info(
    { engine: 'dynalite', dataDir: config.DYNAMODB_DATA_DIR },
    `DynamoDB embedded (dynalite), data in ${config.DYNAMODB_DATA_DIR}`,
  );
  return dynamo;
}

export function closeDynamo(dynamo: Dynamo): Promise<void> {
  return dynamo.close();
}
