import { loadConfig } from './config.js';
import { createDeps } from './deps.js';
import { createLogger } from './logger.js';
import { runWeb } from './modes/web.js';
import { prepare } from './startup.js';
import { StartupError } from './startup-error.js';

try {
  const config = loadConfig();
  const deps = await createDeps(config, createLogger(config));
  await prepare(deps);
  await runWeb(deps);
} catch (error) {
  // A bad environment or an unreachable database is an operator's problem: say what to fix, no stack trace.
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
