import { GetCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
import { writeBatches } from '../db/dynamodb-admin.js';
import type { Dynamo } from '../db/dynamodb.js';
import type { TableDefinition } from '../db/table-definition.js';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-error.js';
import type { Report } from './report.js';
import { open, seal } from './sealed-record.js';

/** One record a repository, keyed by its name, its report sealed under ENCRYPTION_KEY. */
export const reportsTable: TableDefinition = {
  name: 'github-reports',
  nameSetting: 'DYNAMODB_TABLE_NAME',
  partitionKey: { name: 'name', type: 'S' },
};

// A repository name never starts with #, so the store's own records cannot clash with one.
const KEY_CHECK = '#key-check';
const KEY_CHECK_VALUE = 'reports are sealed with this key';

export interface ReportStore {
  /** Stores the reports, each replacing the one of the same name. */
  save(reports: readonly Report[]): Promise<void>;
  /** Every report that opens with the key; one that does not is logged and left out. */
  all(): Promise<Report[]>;
  /**
   * Compares the key with the check value stored with the reports, writing
   * one on first use: a different key is refused before any report is read.
   */
  checkKey(): Promise<void>;
}

export function dynamoReportStore(dynamo: Dynamo, key: Buffer, logger: Logger): ReportStore {
  const TableName = dynamo.tableName(reportsTable);
  const put = (name: string, value: unknown) => ({
    PutRequest: { Item: { name: { S: name }, sealed: { B: seal(key, name, value) } } },
  });

  return {
    async save(reports) {
      await writeBatches(
        dynamo,
        TableName,
        reports.map((report) => put(report.name, report)),
      );
    },

    async all() {
      const reports: Report[] = [];
      for await (const page of paginateScan({ client: dynamo.documents }, { TableName })) {
        for (const item of page.Items ?? []) {
          const name = String(item.name);
          if (name.startsWith('#')) continue;
          try {
            reports.push(open(key, name, item.sealed as Uint8Array) as Report);
          } catch (error) {
            logger.error(
              { repository: name, reason: (error as Error).message },
              'a stored report does not open with ENCRYPTION_KEY and is left out',
            );
          }
        }
      }
      return reports;
    },

    async checkKey() {
      const { Item } = await dynamo.documents.send(
        new GetCommand({ TableName, Key: { name: KEY_CHECK } }),
      );
      if (!Item) {
        await writeBatches(dynamo, TableName, [put(KEY_CHECK, KEY_CHECK_VALUE)]);
        return;
      }
      try {
        if (open(key, KEY_CHECK, Item.sealed as Uint8Array) === KEY_CHECK_VALUE) return;
      } catch {
        // A different key fails authentication: the error below says what to do.
      }
      throw new StartupError(
        `ENCRYPTION_KEY is not the key the reports in ${TableName} were sealed with; set the key they were stored under`,
      );
    },
  };
}
