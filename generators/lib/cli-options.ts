import type Generator from 'yeoman-generator';

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
    description: 'Write into a non-empty directory; overwrite changed files without asking',
  },
  {
    name: 'dry-run',
    type: 'boolean',
    fromYeoman: true,
    description: 'Print the file plan (and diffs on a re-run); write nothing',
  },
  {
    name: 'bail',
    type: 'boolean',
    fromYeoman: true,
    description: 'Stop at the first file that would change',
  },
];

/** The options of `service-kit <name>`. */
export const appOptions: readonly OptionSpec[] = [
  ...writeOptions,
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
      'Ask for missing answers; --no-interactive fails instead (the default without a terminal)',
  },
];

/** The options of `service-kit add <feature>`. */
export const addOptions: readonly OptionSpec[] = [
  ...writeOptions,
  {
    name: 'interactive',
    type: 'boolean',
    default: true,
    description:
      'Ask about edited files; --no-interactive fails instead (the default without a terminal)',
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
