import { commands } from '../../src/cli/commands.js';
import { runCommand } from '../../src/cli/run-command.js';
import type { AppDeps } from '../../src/deps.js';

/**
 * `npm run manage -- ...` in this process, on deps a test built, keeping
 * what the command prints: resolves to its exit code and output.
 */
export function manageWith(deps: AppDeps) {
  return async (...argv: string[]) => {
    const printed: string[] = [];
    const print = (line: string) => printed.push(line);
    const code = await runCommand(commands, argv, print, () => ({
      config: deps.config,
      deps: () => Promise.resolve(deps),
      print,
    }));
    return { code, output: printed.join('\n') };
  };
}
