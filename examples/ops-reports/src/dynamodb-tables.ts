import { createTables, seedTables } from './db/dynamodb-admin.js';
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
 */
export async function prepareTables({ config, dynamodb }: AppDeps): Promise<void> {
  if (dynamodb.engine !== 'dynalite' && !config.DYNAMODB_CREATE_TABLES) return;
  await seedTables(dynamodb, await createTables(dynamodb, tables));
}
