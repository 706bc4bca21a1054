import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import type { Command } from './command.js';

/** Usage for people: the commands, or one command's options. */
function usage(commands: readonly Command[], command?: Command): string {
  if (!command) {
    const width = Math.max(...commands.map(({ name }) => name.length));
    const lines = commands.map(({ name, summary }) => `  ${name.padEnd(width)}  ${summary}`);
    return `usage: npm run manage -- <command> [options]\n\n${lines.join('\n')}`;
  }
  const options = Object.entries(command.options).map(
    ([name, option]) => `--${name}${option.type === 'string' ? ' <value>' : ''}`,
  );
  return `usage: npm run manage -- ${command.name} ${options.join(' ')}\n\n  ${command.summary}`;
}

/**
 * Runs `argv` (command name first) against the command list and resolves
 * to the exit code: the command's own, or 2 for a usage mistake.
 */
export async function runCommand(
  commands: readonly Command[],
  argv: readonly string[],
  config: () => Config,
  print: (line: string) => void,
): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    print(`${name ? `unknown command "${name}"\n` : ''}${usage(commands)}`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    // Every option is a string or a flag, never repeated, so no value is an array.
    values = parseArgs({ args: [...args], options: command.options, strict: true })
      .values as Record<string, string | boolean | undefined>;
  } catch (error) {
    print(`${(error as Error).message}\n${usage(commands, command)}`);
    return 2;
  }
  const missing = (command.required ?? []).filter((option) => values[option] === undefined);
  if (missing.length > 0) {
    print(
      `missing ${missing.map((option) => `--${option}`).join(', ')}\n${usage(commands, command)}`,
    );
    return 2;
  }
  return command.run(values, { config: config(), print });
}
