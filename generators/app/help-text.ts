import { appOptions, updateOptions, type OptionSpec } from '../lib/cli-options.js';
import { featureNamed, registry } from '../lib/registry.js';
import { availablePresets } from './answer-sources.js';

/** The features `add` takes: those an answer can switch on. */
export const addable = registry.filter((feature) => feature.choice).map((feature) => feature.name);

function optionLines(options: readonly OptionSpec[]): string {
  const rows = [
    ...options.map((option) => [
      `${option.alias ? `-${option.alias}, ` : ''}--${option.default === true ? `[no-]` : ''}${option.name}${option.type === 'string' ? ' <value>' : ''}`,
      option.description,
    ]),
    ['-h, --help', 'Show this help'],
  ];
  const width = Math.max(...rows.map(([flags]) => flags!.length)) + 2;
  return rows.map(([flags, text]) => `  ${flags!.padEnd(width)}${text}`).join('\n');
}

/**
 * `service-kit --help`, and `yo service-kit --help` (the generator's help()),
 * from the option table the app generator declares: both list the same.
 */
export const appHelp = (command = 'service-kit') => `Usage: ${command} <name> [options]
       service-kit add <feature> [options]
       service-kit update [options]
       service-kit check

Scaffold a TypeScript Express service. In the service's directory: add a
feature, update it to this version of service-kit (your edits are merged
with the new version's; see docs/updating.md), or check that it is up to date.

Options:
${optionLines(appOptions)}

Presets (--preset): ${availablePresets().join(', ')}
Features add takes: ${addable.join(', ')}
`;

/** `service-kit add <feature> --help`. */
export const addHelp = (feature: string) => `Usage: service-kit add ${feature} [options]

Add ${feature} to the service-kit project in this directory: ${featureNamed(feature).summary}.
Files it changes that you edited are merged with your edits.

Options:
${optionLines(updateOptions)}
`;

/** `service-kit update --help`. */
export const updateHelp = () => `Usage: service-kit update [options]

Bring the service-kit project in this directory up to this version of
service-kit. Files you did not edit take the new version; files the new
version did not change keep yours; files both changed are merged, and
conflicts are marked and end the run with exit 1.

Options:
${optionLines(updateOptions)}
`;

/** `service-kit check --help`. */
export const checkHelp = () => `Usage: service-kit check

Exit 1, naming the files, when the service-kit project in this directory is
behind what its answers generate with this version of service-kit (an update
would change it); exit 0 when it is up to date. For a CI step.

Options:
${optionLines([])}
`;
