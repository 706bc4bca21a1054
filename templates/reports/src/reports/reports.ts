import type { Config } from '../config.js';
import type { Dynamo } from '../db/dynamodb.js';
import type { Logger } from '../logger.js';
import { dynamoReportStore, type ReportStore } from './dynamodb-report-store.js';
import { reportKeys } from './encryption-key.js';
import { reportCatalog, type ReportCatalog } from './report-catalog.js';
import type { IncomingReport } from './report.js';
import { sampleReports } from './sample-reports.js';

/** The reports component: where reports are kept, the view pages read, and the v1 senders' key. */
export interface Reports {
  store: ReportStore;
  catalog: ReportCatalog;
  fernetKey: string;
  /**
   * Stamps and stores one upload, all of it or none (see ReportStore.save);
   * resolves to how many reports were stored. The first real upload ends
   * the sample reports of a development database.
   */
  ingest(reports: readonly IncomingReport[], options?: { samples?: boolean }): Promise<number>;
}

// Only for data that never leaves a developer's machine: production refuses to start without a
// key (encryptionKeyInProduction, beside the env contract).
const DEVELOPMENT_KEY = '5e7d2f0c9a4b8e1d6c3f2a5b8e1d4c7f0a3b6e9d2c5f8a1b4e7d0c3f6a9b2e5d';

function encryptionKey(config: Config, logger: Logger): string {
  if (config.ENCRYPTION_KEY) return config.ENCRYPTION_KEY;
  logger.warn('ENCRYPTION_KEY is unset: reports are sealed with the public development key');
  return DEVELOPMENT_KEY;
}

export function openReports({
  config,
  logger,
  dynamodb,
}: {
  config: Config;
  logger: Logger;
  dynamodb: Dynamo;
}): Reports {
  const keys = reportKeys(encryptionKey(config, logger));
  const store = dynamoReportStore(dynamodb, keys.atRest, logger);
  const catalog = reportCatalog(store, config.REPORTS_CACHE_SECONDS * 1000);
  return {
    store,
    catalog,
    fernetKey: keys.fernet,
    async ingest(reports, { samples = false } = {}) {
      const storedAt = new Date().toISOString();
      await store.save(
        reports.map((report) => ({ ...report, stored_at: storedAt })),
        { samples },
      );
      catalog.changed();
      return reports.length;
    },
  };
}

/** How many made-up repositories an empty development database shows. */
const SAMPLE_COUNT = 60;

/**
 * Startup step: refuse a key the stored reports were not sealed with,
 * finish uploads a stopped process left half applied, and on a developer's
 * empty embedded database store sample reports, so the pages show
 * something until the first real upload replaces them.
 */
export async function prepareReports({
  config,
  logger,
  dynamodb,
  reports,
}: {
  config: Config;
  logger: Logger;
  dynamodb: Dynamo;
  reports: Reports;
}): Promise<void> {
  await reports.store.checkKey();
  const finished = await reports.store.recover();
  if (finished > 0) logger.info({ uploads: finished }, 'finished uploads a stopped process left');
  if (dynamodb.engine !== 'dynalite' || config.NODE_ENV !== 'development') return;
  if ((await reports.catalog.current()).reports.length > 0) return;
  await reports.ingest(sampleReports(SAMPLE_COUNT), { samples: true });
  logger.info(`stored ${SAMPLE_COUNT} sample reports in the empty embedded database`);
}
