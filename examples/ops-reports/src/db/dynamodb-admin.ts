import { readFileSync } from 'node:fs';
import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  waitUntilTableExists,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { z } from 'zod';
import type { Dynamo } from './dynamodb.js';
import type { TableDefinition } from './table-definition.js';

/** DynamoDB's limit on the requests of one BatchWriteItem. */
const BATCH_SIZE = 25;
const MAX_ATTEMPTS = 8;

/**
 * Creates the tables that do not exist yet (on demand billing) and waits
 * until they are active. Idempotent: resolves to the ones it created.
 */
export async function createTables(
  dynamo: Dynamo,
  tables: readonly TableDefinition[],
): Promise<TableDefinition[]> {
  const created: TableDefinition[] = [];
  for (const table of tables) {
    const keys = [table.partitionKey, ...(table.sortKey ? [table.sortKey] : [])];
    try {
      await dynamo.client.send(
        new CreateTableCommand({
          TableName: dynamo.tableName(table),
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: keys.map(({ name, type }) => ({
            AttributeName: name,
            AttributeType: type,
          })),
          KeySchema: keys.map(({ name }, index) => ({
            AttributeName: name,
            KeyType: index === 0 ? 'HASH' : 'RANGE',
          })),
        }),
      );
      created.push(table);
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  for (const table of created) {
    await waitUntilTableExists(
      { client: dynamo.client, maxWaitTime: 120 },
      { TableName: dynamo.tableName(table) },
    );
  }
  return created;
}

/** Deletes the tables that exist; resolves to the ones it deleted. */
export async function dropTables(
  dynamo: Dynamo,
  tables: readonly TableDefinition[],
): Promise<TableDefinition[]> {
  const dropped: TableDefinition[] = [];
  for (const table of tables) {
    try {
      await dynamo.client.send(new DeleteTableCommand({ TableName: dynamo.tableName(table) }));
      dropped.push(table);
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
  }
  return dropped;
}

// The `aws dynamodb batch-write-item --request-items file://...` format: table name to write requests.
const attributeMap = z.record(z.string(), z.record(z.string(), z.unknown()));
const batchWriteFile = z.record(
  z.string().min(1),
  z.array(
    z.union([
      z.strictObject({ PutRequest: z.strictObject({ Item: attributeMap }) }),
      z.strictObject({ DeleteRequest: z.strictObject({ Key: attributeMap }) }),
    ]),
  ),
);

/** Reads a batch-write-item file; a bad file is an error naming it and its first problem. */
export function readSeedFile(file: string): Record<string, WriteRequest[]> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = batchWriteFile.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new Error(
      `${file} is not in the batch-write-item format ({"<table>": [{"PutRequest": {"Item": ...}}]}): ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  // The request shapes are checked above; attribute values go to DynamoDB as given, and it checks them.
  return parsed.data as unknown as Record<string, WriteRequest[]>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes requests to one table, 25 a call. Items that DynamoDB hands back
 * unprocessed (throttling) are retried with exponential backoff; if some
 * are still left after the last attempt, it fails saying how many.
 */
export async function writeBatches(
  dynamo: Dynamo,
  tableName: string,
  requests: readonly WriteRequest[],
): Promise<void> {
  for (let start = 0; start < requests.length; start += BATCH_SIZE) {
    let pending = requests.slice(start, start + BATCH_SIZE);
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (attempt > MAX_ATTEMPTS) {
        throw new Error(
          `${pending.length} items for ${tableName} were still unprocessed after ${MAX_ATTEMPTS} attempts`,
        );
      }
      if (attempt > 1) await pause(50 * 2 ** (attempt - 2));
      const { UnprocessedItems } = await dynamo.client.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = UnprocessedItems?.[tableName] ?? [];
    }
  }
}

/**
 * Writes the requests of a batch-write-item file; table names in the file
 * get DYNAMODB_TABLE_PREFIX. Resolves to the number of requests written per table.
 */
export async function seedFromFile(dynamo: Dynamo, file: string): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  for (const [table, requests] of Object.entries(readSeedFile(file))) {
    await writeBatches(dynamo, dynamo.tableName(table), requests);
    written[table] = requests.length;
  }
  return written;
}

/** Loads the seed file of each table that declares one. */
export async function seedTables(dynamo: Dynamo, tables: readonly TableDefinition[]) {
  for (const table of tables) {
    if (table.seedFile) await seedFromFile(dynamo, table.seedFile);
  }
}
