import { loadConfig } from '../config.js';
import { ConfigError } from '../env/read-env.js';
import { commands } from './commands.js';
import { runCommand } from './run-command.js';

// `npm run manage -- <command> [options]`: operator commands, run with the service's own config.
try {
  process.exitCode = await runCommand(commands, process.argv.slice(2), loadConfig, (line) =>
    console.log(line),
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
