import { createTables, seedTables } from './db/dynamodb-admin.js';
import { checkTables, reachDynamo } from './db/dynamodb-startup.js';
import { type TableDefinition } from './db/table-definition.js';
import { type AppDeps } from './deps.js';
import { reportsTable } from './reports/dynamodb-report-store.js';

/** Every table the service's stores use. */
export const tables: readonly TableDefinition[] = [reportsTable];

/**
 * Startup step: the embedded dynalite is the developer's own, so its
 * missing tables are created and seeded at every start; an endpoint's only
 * with DYNAMODB_CREATE_TABLES=true (the compose stacks' DynamoDB Local
 * starts empty). AWS's tables are made by `npm run manage -- db create`.
 * DynamoDB is waited for while it does not answer; a missing table then
 * ends the start with one line that says how to make it.
 */
export async function prepareTables({ config, dynamodb, logger }: AppDeps): Promise<void> {
  const wait = { timeoutMs: config.STARTUP_TIMEOUT_MS, logger };
  await reachDynamo(dynamodb, tables, wait);
  if (dynamodb.engine === 'dynalite' || config.DYNAMODB_CREATE_TABLES) {
    await seedTables(dynamodb, await createTables(dynamodb, tables));
  }
  await checkTables(dynamodb, tables, wait);
}
