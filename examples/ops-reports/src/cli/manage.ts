import { loadConfig } from '../config.js';
import { closeDeps, createDeps, type AppDeps } from '../deps.js';
import { loadDotEnv } from '../env/dot-env.js';
import { createLogger } from '../logger.js';
import { prepare } from '../startup.js';
import { StartupError } from '../startup-error.js';
import { commands } from './commands.js';
import { runCommand } from './run-command.js';

// `npm run manage -- <command> [options]`: operator commands, run with the service's own config.
const print = (line: string) => console.log(line);
let opened: Promise<AppDeps> | undefined;
loadDotEnv();
try {
  process.exitCode = await runCommand(commands, process.argv.slice(2), print, (command) => {
    const config = loadConfig();
    // Logs go to stderr, so what a command prints stays clean on stdout.
    const logger = createLogger(config, process.stderr.fd);
    const open = async () => {
      const deps = await createDeps(config, logger);
      if (!command.skipsStartup) await prepare(deps);
      return deps;
    };
    return { config, print, deps: () => (opened ??= open()) };
  });
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  // A failed createDeps was reported above, by the command that awaited it.
  if (opened) await opened.then(closeDeps, () => undefined);
}
