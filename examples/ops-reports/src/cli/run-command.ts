import { parseArgs } from 'node:util';
import type { Command, CommandContext } from './command.js';

/** Usage for people: the commands, or one command's arguments and options. */
function usage(commands: readonly Command[], command?: Command): string {
  if (!command) {
    const width = Math.max(...commands.map(({ name }) => name.length));
    const lines = commands.map(({ name, summary }) => `  ${name.padEnd(width)}  ${summary}`);
    return `usage: npm run manage -- <command> [options]\n\n${lines.join('\n')}`;
  }
  const args = (command.args ?? []).map((arg) => `<${arg}>`);
  const options = Object.entries(command.options).map(
    ([name, option]) => `--${name}${option.type === 'string' ? ' <value>' : ''}`,
  );
  const line = [command.name, ...args, ...options].join(' ');
  return `usage: npm run manage -- ${line}\n\n  ${command.summary}`;
}

/** The command `argv` starts with: its two-word name (`db migrate`) or its one-word name. */
function findCommand(commands: readonly Command[], argv: readonly string[]) {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = commands.find((candidate) => candidate.name === name);
    if (command) return { command, rest: argv.slice(words) };
  }
  return undefined;
}

/**
 * Runs `argv` (command name first) against the command list and resolves
 * to the exit code: the command's own, or 2 for a usage mistake. The
 * context is made only once the command line is known to be right, so a
 * typo never needs a valid environment.
 */
export async function runCommand(
  commands: readonly Command[],
  argv: readonly string[],
  print: (line: string) => void,
  context: (command: Command) => CommandContext,
): Promise<number> {
  const found = findCommand(commands, argv);
  if (!found) {
    const typed = argv.filter((word) => !word.startsWith('-')).join(' ');
    print(`${typed ? `unknown command "${typed}"\n` : ''}${usage(commands)}`);
    return 2;
  }
  const { command, rest } = found;
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    // Every option is a string or a flag, never repeated, so no value is an array.
    parsed = parseArgs({
      args: [...rest],
      options: command.options,
      strict: true,
      allowPositionals: true,
    }) as typeof parsed;
  } catch (error) {
    print(`${(error as Error).message}\n${usage(commands, command)}`);
    return 2;
  }
  const expected = command.args ?? [];
  const missing = [
    ...expected.slice(parsed.positionals.length).map((arg) => `<${arg}>`),
    ...(command.required ?? [])
      .filter((option) => parsed.values[option] === undefined)
      .map((option) => `--${option}`),
  ];
  if (missing.length > 0) {
    print(`missing ${missing.join(', ')}\n${usage(commands, command)}`);
    return 2;
  }
  if (parsed.positionals.length > expected.length) {
    const extra = parsed.positionals.slice(expected.length).join(' ');
    print(`unexpected argument ${extra}\n${usage(commands, command)}`);
    return 2;
  }
  return command.run({ values: parsed.values, args: parsed.positionals }, context(command));
}
