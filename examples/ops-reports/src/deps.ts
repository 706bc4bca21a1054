import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { closeDynamo, type Dynamo, openDynamo } from './db/dynamodb.js';
import { openReports, type Reports } from './reports/reports.js';

/**
 * What createApp and the run modes are built from; tests build it with
 * their own config.
 */
export interface AppDeps {
  config: Config;
  logger: Logger;
  dynamodb: Dynamo;
  reports: Reports;
}

/** Builds every dependency once, at start, each from the config and those built before it. */
export async function createDeps(config: Config, logger: Logger): Promise<AppDeps> {
  // Filled in below, in order: each factory reads only what was built before it.
  const deps = { config, logger } as AppDeps;
  deps.dynamodb = await openDynamo(deps);
  deps.reports = openReports(deps);
  return deps;
}

const closers: ((deps: AppDeps) => Promise<void>)[] = [(deps) => closeDynamo(deps.dynamodb)];

const closed = new WeakSet<AppDeps>();

/** Releases what createDeps opened (connections, handles), at shutdown and after tests; once. */
export async function closeDeps(deps: AppDeps): Promise<void> {
  if (closed.has(deps)) return;
  closed.add(deps);
  await Promise.all(closers.map((close) => close(deps)));
}
