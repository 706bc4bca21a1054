import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.js';

/** What a command is given: the validated config, and where to print for a person. */
export interface CommandContext {
  config: Config;
  print: (line: string) => void;
}

/** One `npm run manage -- <name> [--options]` command. */
export interface Command {
  name: string;
  summary: string;
  /** The options, as node:util parseArgs takes them; all are strings or flags. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Options that must be given. */
  required?: readonly string[];
  /** Resolves to the exit code. */
  run(
    values: Record<string, string | boolean | undefined>,
    context: CommandContext,
  ): Promise<number>;
}
