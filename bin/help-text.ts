import { addOptions, appOptions, type OptionSpec } from '../generators/lib/cli-options.js';
import { featureNamed, registry } from '../generators/lib/registry.js';

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

/** `service-kit --help`, from the same option table the app generator declares. */
export const appHelp = () => `Usage: service-kit <name> [options]
       service-kit add <feature> [options]

Scaffold a TypeScript Express service, or add a feature to the one in this directory.

Options:
${optionLines(appOptions)}

Features add takes: ${addable.join(', ')}
`;

/** `service-kit add <feature> --help`. */
export const addHelp = (feature: string) => `Usage: service-kit add ${feature} [options]

Add ${feature} to the service-kit project in this directory: ${featureNamed(feature).summary}.

Options:
${optionLines(addOptions)}
`;
