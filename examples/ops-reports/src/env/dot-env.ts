import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Adds the settings in `file` (`.env` in the working directory) to `env`
 * when there is one, read as node --env-file reads it; a variable already
 * set keeps its value. Node's --env-file-if-exists does the same, but
 * prints a line on every start without the file, which reads like a fault
 * on a fresh checkout.
 */
export function loadDotEnv(file = '.env', env: NodeJS.ProcessEnv = process.env): void {
  if (!existsSync(file)) return;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    env[name] ??= value;
  }
}
