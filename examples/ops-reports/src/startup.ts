import type { AppDeps } from './deps.js';
import { checkIssuer } from './auth/oidc-login.js';
import { prepareTables } from './dynamodb-tables.js';
import { prepareReports } from './reports/reports.js';

/** A step that readies the service once its deps are built: migrations, tables. */
type StartupStep = (deps: AppDeps) => Promise<void>;

/** Every startup step, in the order they run. */
const startupSteps: readonly StartupStep[] = [prepareTables, checkIssuer, prepareReports];

/**
 * Runs the startup steps, in order, before the service serves. Operator
 * commands skip them, so a command that undoes a step (a rollback) is not
 * undone in turn by its own start.
 */
export async function prepare(deps: AppDeps): Promise<void> {
  for (const step of startupSteps) await step(deps);
}
