import { loadConfig } from './config.js';
import { ConfigError } from './env/read-env.js';
import { createDeps } from './deps.js';
import { createLogger } from './logger.js';
import { runWeb } from './modes/web.js';

function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    // A bad environment is an operator's mistake: say what to fix, no stack trace.
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = loadConfigOrExit();
await runWeb(await createDeps(config, createLogger(config)));
