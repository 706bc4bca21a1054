import { spawn } from 'node:child_process';
import { input, select } from '@inquirer/prompts';
import type { MenuIo } from './run-menu.js';

/** Runs a command on this terminal and resolves to its exit code (1 when it cannot start). */
export function runOnTerminal(command: readonly string[]): Promise<number> {
  const [program = '', ...args] = command;
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(`cannot run ${program}: ${error.message}`);
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
  run: runOnTerminal,
  print: (line) => console.log(line),
};
