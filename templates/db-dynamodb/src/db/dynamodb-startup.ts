import {
  DescribeTableCommand,
  ListTablesCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-error.js';
import { isNetworkError, retryAtStartup } from '../startup-retry.js';
import type { Dynamo } from './dynamodb.js';
import type { TableDefinition } from './table-definition.js';

export interface StartupWait {
  timeoutMs: number;
  logger: Logger;
}

/** The SDK's names for credentials DynamoDB would not take, or that could not be found. */
const CREDENTIALS_REFUSED = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'AccessDeniedException',
  'ExpiredTokenException',
  'MissingAuthenticationTokenException',
]);

/**
 * Whether `table` exists, once DynamoDB answers (retried while it does not,
 * for up to `timeoutMs`). Refused credentials end the start with one line
 * that says which settings hold them.
 */
async function tableExists(dynamo: Dynamo, table: TableDefinition, wait: StartupWait) {
  const TableName = dynamo.tableName(table);
  try {
    await retryAtStartup(() => dynamo.client.send(new DescribeTableCommand({ TableName })), {
      what: `DynamoDB at ${dynamo.location}`,
      mayPass: isNetworkError,
      ...wait,
    });
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    if (error instanceof Error && error.name === 'CredentialsProviderError') {
      throw new StartupError(
        `found no credentials for DynamoDB at ${dynamo.location} (${error.message}); ` +
          'set DYNAMODB_ACCESS_KEY_ID and DYNAMODB_SECRET_ACCESS_KEY, or give the service an AWS role or profile',
        { cause: error },
      );
    }
    if (error instanceof Error && CREDENTIALS_REFUSED.has(error.name)) {
      throw new StartupError(
        `DynamoDB at ${dynamo.location} refused the credentials (${error.name}: ${error.message}); ` +
          'set DYNAMODB_ACCESS_KEY_ID and DYNAMODB_SECRET_ACCESS_KEY, or fix the AWS credential chain',
        { cause: error },
      );
    }
    throw error;
  }
}

/** Waits until DynamoDB answers and takes the credentials, whether or not the tables exist yet. */
export async function reachDynamo(
  dynamo: Dynamo,
  [first]: readonly TableDefinition[],
  wait: StartupWait,
): Promise<void> {
  if (first) {
    await tableExists(dynamo, first, wait);
    return;
  }
  // No table of the service's own to ask about: any answer shows DynamoDB is there.
  await retryAtStartup(() => dynamo.client.send(new ListTablesCommand({ Limit: 1 })), {
    what: `DynamoDB at ${dynamo.location}`,
    mayPass: isNetworkError,
    ...wait,
  });
}

/** Every table exists, or the start ends naming the first missing one and how to make it. */
export async function checkTables(
  dynamo: Dynamo,
  tables: readonly TableDefinition[],
  wait: StartupWait,
): Promise<void> {
  for (const table of tables) {
    if (await tableExists(dynamo, table, wait)) continue;
    throw new StartupError(
      `table ${dynamo.tableName(table)} does not exist at ${dynamo.location}; create it with ` +
        '`npm run manage -- db create` (or your infrastructure), or set DYNAMODB_CREATE_TABLES=true ' +
        'to create missing tables at start',
    );
  }
}
