#!/usr/bin/env node
import { prepareCommand } from 'yeoman-environment';
import { generatorPath } from '../generators/lib/compose.js';
import { addableFeatures } from '../generators/lib/features.js';
import { UsageError } from '../generators/lib/usage-error.js';

// Yeoman's options for caches and generator installs; none applies here.
const yeomanOnlyOptions = new Set([
  '--cwd',
  '--skip-cache',
  '--local-config-only',
  '--ask-answered',
  '--whitespace',
  '--skip-yo-resolve',
  '--force-install',
]);

// Yeoman words these for generators in general; say what they do here.
const clearerDescriptions: Record<string, string> = {
  '--skip-install': 'Do not run npm install in the project',
  '--force': 'Write into a non-empty directory; overwrite changed files without asking',
  '--dry-run': 'Print the file plan (and diffs on a re-run); write nothing',
  '--bail': 'Stop at the first file that would change',
};

/** A commander command that runs one generator, its flags worded for this tool. */
async function generatorCommand(generator: string, name: string, description: string) {
  const command = await prepareCommand({
    resolved: generatorPath(generator),
    namespace: `service-kit:${generator}`,
  });
  command.name(name).description(description);
  for (const option of command.options) {
    const long = option.long ?? '';
    if (yeomanOnlyOptions.has(long)) option.hideHelp();
    option.description = clearerDescriptions[long] ?? option.description;
  }
  return command;
}

/** Without a terminal (CI, a pipe) a prompt could only hang or crash: fail with a message instead. */
const withoutTerminal = (argv: string[]) =>
  process.stdin.isTTY ? argv : [...argv, '--no-interactive'];

/**
 * `npx service-kit <name> [options]` runs the app generator;
 * `npx service-kit add <feature>` adds a feature to the project in the
 * current directory. Both run through yeoman-environment, so no global `yo`
 * is needed, and take the flags `yo service-kit[:<feature>]` takes.
 */
async function main(argv: string[]): Promise<void> {
  const [first, feature] = argv.slice(2);
  if (first === 'add') {
    const addable: string[] = addableFeatures();
    if (!feature || !addable.includes(feature)) {
      const given = feature ? `; "${feature}" is none of them` : '';
      throw new UsageError(`add takes one of ${addable.join(', ')}${given}`);
    }
    const command = await generatorCommand(feature, `service-kit add ${feature}`, `Add ${feature}`);
    await command.parseAsync(withoutTerminal([...argv.slice(0, 2), ...argv.slice(4)]));
    return;
  }
  const command = await generatorCommand(
    'app',
    'service-kit',
    'Scaffold a TypeScript Express service',
  );
  await command.parseAsync(withoutTerminal(argv));
}

try {
  await main(process.argv);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`service-kit: ${error.message}`);
  process.exitCode = 1;
}
