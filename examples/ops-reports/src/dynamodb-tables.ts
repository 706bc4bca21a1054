import { createTables, seedTables } from './db/dynamodb-admin.js';
import { type Dynamo } from './db/dynamodb.js';
import { type TableDefinition } from './db/table-definition.js';
import { reportsTable } from './reports/dynamodb-report-store.js';

/** Every table the service's stores use. */
export const tables: readonly TableDefinition[] = [reportsTable];

/**
 * Startup step: the embedded dynalite is the developer's own, so its
 * missing tables are created and seeded at every start. An endpoint's or
 * AWS's tables are made by `npm run manage -- db create`.
 */
export async function prepareEmbeddedTables({ dynamodb }: { dynamodb: Dynamo }): Promise<void> {
  if (dynamodb.engine !== 'dynalite') return;
  await seedTables(dynamodb, await createTables(dynamodb, tables));
}
