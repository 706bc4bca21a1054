import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { closeDynamo, type Dynamo, openDynamo } from './db/dynamodb.js';
import { createPageRenderer, type PageRenderer } from './pages/page-renderer.js';
import { openReports, type Reports } from './reports/reports.js';

/**
 * What createApp and the run modes are built from; tests build it with
 * their own config.
 */
export interface AppDeps {
  config: Config;
  logger: Logger;
  pages: PageRenderer;
  dynamodb: Dynamo;
  reports: Reports;
}

/**
 * Builds every dependency once, at start, in order: each factory is handed
 * what was built before it, so one that needs a later one does not compile.
 */
export async function createDeps(config: Config, logger: Logger): Promise<AppDeps> {
  // Closed again, last first, if a later factory throws: a failed start leaves nothing open.
  const opened: (() => Promise<void>)[] = [];
  try {
    const base = { config, logger };
    const pages = createPageRenderer(base);
    const withPages = { ...base, pages };
    const dynamodb = await openDynamo(withPages);
    opened.unshift(() => closeDynamo(dynamodb));
    const withDynamodb = { ...withPages, dynamodb };
    const reports = openReports(withDynamodb);
    return { ...withDynamodb, reports };
  } catch (error) {
    // A close that fails too must not hide why the start failed.
    for (const close of opened) await close().catch(() => undefined);
    throw error;
  }
}

const closers: ((deps: AppDeps) => Promise<void>)[] = [(deps) => closeDynamo(deps.dynamodb)];

const closed = new WeakSet<AppDeps>();

/** Releases what createDeps opened (connections, handles), at shutdown and after tests; once. */
export async function closeDeps(deps: AppDeps): Promise<void> {
  if (closed.has(deps)) return;
  closed.add(deps);
  await Promise.all(closers.map((close) => close(deps)));
}
