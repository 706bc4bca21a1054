import type { Config } from '../config.js';

/** The settings whose value is text: a table may take its name from one. */
type TextSetting = {
  [K in keyof Config]: NonNullable<Config[K]> extends string ? K : never;
}[keyof Config];

/** A key attribute: its name and DynamoDB type (S string, N number). */
export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

/**
 * A DynamoDB table, defined in code next to the store that uses it, so the
 * tables a service needs are created from the code that needs them.
 */
export interface TableDefinition {
  /** The name without DYNAMODB_TABLE_PREFIX. */
  name: string;
  /** A setting that, when set, names the table instead: where operators choose the name. */
  nameSetting?: TextSetting;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  /** A batch-write-item JSON file the embedded engine loads when it creates the table. */
  seedFile?: string;
}
