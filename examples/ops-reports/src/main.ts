import { loadConfigAtStart } from './config.js';
import { loadDotEnv } from './env/dot-env.js';
import { createLogger } from './logger.js';
import { runModeOf } from './modes/run-modes.js';
import { StartupError } from './startup-error.js';

loadDotEnv();
try {
  const { config, warnings } = await loadConfigAtStart();
  const logger = createLogger(config);
  for (const warning of warnings) logger.warn(warning);
  await runModeOf(config.APP_RUN_MODE)({ config, logger });
} catch (error) {
  // A bad environment or an unreachable database is an operator's problem: say what to fix, no stack trace.
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(error.exitCode);
}
