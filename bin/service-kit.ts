#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { prepareCommand } from 'yeoman-environment';
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
  '--skip-install': 'Do not run npm install in the new project',
  '--force': 'Write into a non-empty directory; overwrite changed files without asking',
  '--dry-run': 'Print the file plan (and diffs on a re-run); write nothing',
  '--bail': 'Stop at the first file that would change',
};

const appGenerator = fileURLToPath(new URL('../generators/app/index.js', import.meta.url));

/**
 * `npx service-kit <name> [options]`: runs the app generator through
 * yeoman-environment, so no global `yo` is needed. Flags come from the
 * generator's own options plus the environment's (--force, --dry-run,
 * --skip-install), the same set `yo service-kit` takes.
 */
try {
  const command = await prepareCommand({ resolved: appGenerator, namespace: 'service-kit:app' });
  command.name('service-kit').description('Scaffold a TypeScript Express service');
  for (const option of command.options) {
    const long = option.long ?? '';
    if (yeomanOnlyOptions.has(long)) option.hideHelp();
    option.description = clearerDescriptions[long] ?? option.description;
  }
  // Without a terminal (CI, a pipe) a prompt could only hang or crash: fail with a message instead.
  const argv = process.stdin.isTTY ? process.argv : [...process.argv, '--no-interactive'];
  await command.parseAsync(argv);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`service-kit: ${error.message}`);
  process.exitCode = 1;
}
