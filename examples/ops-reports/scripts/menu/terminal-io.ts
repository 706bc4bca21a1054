import { spawn } from 'node:child_process';
import { input, select } from '@inquirer/prompts';
import type { MenuIo } from './run-menu.js';

/**
 * Runs a command on this terminal and resolves to its exit code; when it
 * cannot start, `report` says why and the code is 1.
 */
export function runOnTerminal(
  command: readonly string[],
  report: (line: string) => void = console.error,
): Promise<number> {
  const [program = '', ...args] = command;
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: 'inherit' });
    child.once('error', (error) => {
      report(`cannot run ${program}: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** The menu on a real terminal: inquirer's prompts, commands with inherited stdio. */
export const terminalIo: MenuIo = {
  choose: (message, choices) =>
    select({ message, choices: choices.map((value) => ({ value })), pageSize: 12 }),
  ask: (message) => input({ message, required: true }),
  run: (command) => runOnTerminal(command),
  print: (line) => console.log(line),
};
