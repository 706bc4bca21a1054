import type Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import type { WriteProjectOptions } from './update/write-project.js';

/** A command-line option, as the generator declares it and `--help` shows it. */
export interface OptionSpec {
  name: string;
  type: 'boolean' | 'string';
  alias?: string;
  description: string;
  default?: boolean;
  /** Declared by yeoman-environment for every generator; listed here to word its help for this tool. */
  fromYeoman?: boolean;
}

/** Options every run that writes files takes. */
export const writeOptions: readonly OptionSpec[] = [
  {
    name: 'skip-install',
    type: 'boolean',
    fromYeoman: true,
    description: 'Do not run npm install in the project',
  },
  {
    name: 'force',
    type: 'boolean',
    fromYeoman: true,
    description:
      'Write into a non-empty directory; where your edits and the new version change the same lines, take the new version',
  },
  {
    name: 'dry-run',
    type: 'boolean',
    fromYeoman: true,
    description: 'Print what happens to each file; write nothing',
  },
  { name: 'diff', type: 'boolean', description: 'With each file, print what changes in it' },
  {
    name: 'bail',
    type: 'boolean',
    fromYeoman: true,
    description: 'Write nothing if any file would conflict',
  },
];

/** The options of `service-kit <name>`. */
export const appOptions: readonly OptionSpec[] = [
  ...writeOptions,
  {
    name: 'skip-git',
    type: 'boolean',
    description: 'Do not make a new project a git repository with a first commit',
  },
  {
    name: 'yes',
    type: 'boolean',
    alias: 'y',
    description: 'Use defaults for all not given; ask nothing',
  },
  { name: 'answers', type: 'string', description: 'JSON file of answers (see docs/options.md)' },
  { name: 'preset', type: 'string', description: 'Answer set from presets/, e.g. minimal' },
  {
    name: 'interactive',
    type: 'boolean',
    default: true,
    description:
      'Ask for missing answers (the default in a terminal); --no-interactive refuses to run with any missing (the default without one)',
  },
];

/** The options of `service-kit add <feature>` and `service-kit update`, which never ask. */
export const updateOptions: readonly OptionSpec[] = [
  ...writeOptions,
  {
    name: 'yes',
    type: 'boolean',
    alias: 'y',
    description: 'Ask nothing (these commands never ask; accepted as by the main command)',
  },
];

/** Declares the options Yeoman does not already know on a generator. */
export function declareOptions(generator: Generator, options: readonly OptionSpec[]): void {
  for (const option of options.filter((spec) => !spec.fromYeoman)) {
    generator.option(option.name, {
      type: option.type === 'boolean' ? Boolean : String,
      alias: option.alias,
      default: option.default,
      description: option.description,
    });
  }
}

/** The write options as a generator run by Yeoman receives them, camel-cased. */
export type GeneratorWriteOptions = BaseOptions & {
  dryRun?: boolean;
  diff?: boolean;
  bail?: boolean;
  force?: boolean;
  skipGit?: boolean;
  help?: boolean;
};

/** How a generator run by Yeoman was asked to write, with its log for the report. */
export function writeOptionsOf(
  generator: Generator<Record<string, unknown>, GeneratorWriteOptions>,
): WriteProjectOptions {
  const { dryRun, diff, bail, force, skipGit, skipInstall } = generator.options;
  return {
    dryRun,
    diff,
    bail,
    force,
    skipGit,
    skipInstall,
    log: (line) => generator.log(line),
  };
}
