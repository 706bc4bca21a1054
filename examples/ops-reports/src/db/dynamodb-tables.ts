import type { TableDefinition } from './table-definition.js';
import { reportsTable } from '../reports/dynamodb-report-store.js';

/** Every table the service's stores use; service-kit assembles this list from its features. */
export const tables: readonly TableDefinition[] = [reportsTable];
