import type { TableDefinition } from './table-definition.js';
import { reportsTable } from '../reports/dynamodb-report-store.js';

/** Every table the service's stores use. */
export const tables: readonly TableDefinition[] = [reportsTable];
