import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.js';
import type { AppDeps } from '../deps.js';

/** What a command is given: the validated config, the service's dependencies and where to print. */
export interface CommandContext {
  config: Config;
  /** Built on first call (it may open a database), closed after the command. */
  deps: () => Promise<AppDeps>;
  print: (line: string) => void;
}

/** What was typed after the command name. */
export interface CommandInput {
  /** Options, as node:util parseArgs gives them. */
  values: Record<string, string | boolean | undefined>;
  /** The arguments the command declares, in order. */
  args: string[];
}

/** One `npm run manage -- <name> [args] [--options]` command; a name may have two words (`db migrate`). */
export interface Command {
  name: string;
  summary: string;
  /** The options, as node:util parseArgs takes them; all are strings or flags. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Options that must be given. */
  required?: readonly string[];
  /**
   * True for commands that manage the schema themselves (migrate, rollback,
   * create, drop): their deps are not prepared, so opening the database does
   * not apply what the command is about to undo.
   */
  skipsStartup?: boolean;
  /** Names of the arguments that must follow the command name, for usage and checking. */
  args?: readonly string[];
  /** Resolves to the exit code. */
  run(input: CommandInput, context: CommandContext): Promise<number>;
}
