import { randomBytes } from 'node:crypto';
import { paginateScan, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { writeBatches } from '../db/dynamodb-admin.js';
import type { Dynamo } from '../db/dynamodb.js';
import type { TableDefinition } from '../db/table-definition.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-error.js';
import type { Report } from './report.js';
import { open, seal } from './sealed-record.js';
import {
  commitKey,
  putRecord,
  removeRecord,
  sealedItemProblem,
  stagedReport,
  tableReader,
  type StagedReport,
  type UploadRecords,
} from './upload-records.js';

/** One record a repository, keyed by its name, its report sealed under ENCRYPTION_KEY. */
export const reportsTable: TableDefinition = {
  name: 'github-reports',
  nameSetting: 'DYNAMODB_TABLE_NAME',
  partitionKey: { name: 'name', type: 'S' },
};

// A repository name never starts with #, so the store's own records cannot clash with one.
const KEY_CHECK = '#key-check';
const KEY_CHECK_VALUE = 'reports are sealed with this key';

/** An upload staged this long ago and never committed was abandoned by its process. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export interface StoredReports {
  reports: Report[];
  /** The reports are the made-up ones of a development database: no real report exists yet. */
  samples: boolean;
}

export interface SaveOptions {
  /**
   * Mark the reports as made up: they are shown only until a real report is
   * stored, and the first real upload removes them.
   */
  samples?: boolean;
}

export interface ReportStore {
  /**
   * Stores one upload: every report, each replacing the one of its name, or
   * none of them. A report too large for DynamoDB is refused (413) before
   * anything is written; a write that fails midway leaves nothing visible
   * (503). Once its commit record is written the upload counts as stored.
   */
  save(reports: readonly Report[], options?: SaveOptions): Promise<void>;
  /** Every report that opens with the key; one that does not is logged and left out. */
  all(): Promise<StoredReports>;
  /**
   * Compares the key with the check value stored with the reports, writing
   * one on first use: a different key is refused before any report is read.
   */
  checkKey(): Promise<void>;
  /**
   * Finishes what a stopped process left: applies committed uploads, drops
   * abandoned ones and sample reports that real ones replaced. Resolves to
   * how many uploads it finished.
   */
  recover(): Promise<number>;
}

const newUploadId = () => `${new Date().toISOString()}/${randomBytes(4).toString('hex')}`;

const notStored = (cause: unknown) =>
  new AppError(
    'service_unavailable',
    'The reports could not be stored and nothing of this upload was kept; send it again',
    undefined,
    { cause },
  );

export function dynamoReportStore(dynamo: Dynamo, key: Buffer, logger: Logger): ReportStore {
  const TableName = dynamo.tableName(reportsTable);
  const write = (requests: WriteRequest[]) => writeBatches(dynamo, TableName, requests);
  // Sample records this store wrote or read last: a real upload removes them without a scan.
  let sampleNames = new Set<string>();
  const remove = (name: string) =>
    dynamo.documents.send(new DeleteCommand({ TableName, Key: { name } }));

  /** Copies an upload's staged reports over the live ones, then removes its staging. */
  async function apply(upload: string, staged: StagedReport[], replaced: readonly string[]) {
    await write(staged.map((item) => putRecord(item.repository, item.sealed, item.sample)));
    await write([
      ...staged.map((item) => removeRecord(item.key)),
      ...replaced.map((name) => removeRecord(name)),
    ]);
    await remove(commitKey(upload));
  }

  async function scan(): Promise<UploadRecords> {
    const scanned = tableReader();
    for await (const page of paginateScan(
      { client: dynamo.client },
      { TableName, ConsistentRead: true },
    ))
      for (const item of page.Items ?? []) scanned.add(item);
    return scanned.result();
  }

  return {
    async save(reports, { samples = false } = {}) {
      const upload = newUploadId();
      const staged = reports.map((report) =>
        stagedReport(upload, report.name, seal(key, report.name, report), samples),
      );
      for (const item of staged) {
        const problem = sealedItemProblem(item.request);
        if (problem)
          throw new AppError('report_too_large', `The report of ${item.repository} ${problem}`, [
            { name: item.repository },
          ]);
      }
      try {
        await write(staged.map((item) => item.request));
        await dynamo.documents.send(
          new PutCommand({
            TableName,
            Item: { name: commitKey(upload), count: staged.length },
          }),
        );
      } catch (error) {
        // Nothing is visible without the commit record; take the staging back where we can.
        await Promise.allSettled([
          remove(commitKey(upload)),
          write(staged.map((item) => removeRecord(item.key))),
        ]);
        throw notStored(error);
      }
      try {
        const kept = new Set(reports.map((report) => report.name));
        const replaced = samples ? [] : [...sampleNames].filter((name) => !kept.has(name));
        await apply(upload, staged, replaced);
        sampleNames = samples ? new Set([...sampleNames, ...kept]) : new Set();
      } catch (error) {
        // Committed: readers already see the upload through its staging, and recover() ends it.
        logger.warn(
          { upload, reason: (error as Error).message },
          'an upload is stored but not yet applied',
        );
      }
    },

    async all() {
      const { live } = await scan();
      const opened: { report: Report; sample: boolean }[] = [];
      for (const [name, item] of live) {
        try {
          opened.push({ report: open(key, name, item.sealed) as Report, sample: item.sample });
        } catch (error) {
          logger.error(
            { repository: name, reason: (error as Error).message },
            'a stored report does not open with ENCRYPTION_KEY and is left out',
          );
        }
      }
      sampleNames = new Set(
        opened.filter((entry) => entry.sample).map((entry) => entry.report.name),
      );
      const real = opened.filter((entry) => !entry.sample);
      const shown = real.length > 0 ? real : opened;
      return {
        reports: shown.map((entry) => entry.report),
        samples: real.length === 0 && opened.length > 0,
      };
    },

    async checkKey() {
      const { Item } = await dynamo.documents.send(
        new GetCommand({ TableName, Key: { name: KEY_CHECK } }),
      );
      if (!Item) {
        await write([putRecord(KEY_CHECK, seal(key, KEY_CHECK, KEY_CHECK_VALUE), false)]);
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

    async recover() {
      const { committed, abandoned, live } = await scan();
      const hasReal = [...live.values()].some((item) => !item.sample);
      const replacedSamples = hasReal
        ? [...live].filter(([, item]) => item.sample).map(([name]) => name)
        : [];
      for (const [upload, staged] of committed) await apply(upload, staged, []);
      const cutoff = new Date(Date.now() - ABANDONED_AFTER_MS).toISOString();
      const old = abandoned.filter((item) => item.upload < cutoff);
      await write([
        ...old.map((item) => removeRecord(item.key)),
        ...replacedSamples.map((name) => removeRecord(name)),
      ]);
      return committed.size;
    },
  };
}
