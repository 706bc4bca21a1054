#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { addOptions, appOptions, type OptionSpec } from '../generators/lib/cli-options.js';
import { projectNameProblem } from '../generators/lib/project-name.js';
import { UsageError } from '../generators/lib/usage-error.js';
import { addable, addHelp, appHelp } from './help-text.js';

/** The flags this tool reads itself, as node's parser sees them; Yeoman parses the same argv again. */
function flagsOf(args: string[], options: readonly OptionSpec[]) {
  const { values, positionals } = parseArgs({
    args,
    strict: false,
    allowPositionals: true,
    options: Object.fromEntries(
      options.map((option) => [
        option.name,
        { type: option.type, ...(option.alias ? { short: option.alias } : {}) },
      ]),
    ),
  });
  return { values, positionals, help: values.help === true || values.h === true };
}

/** Without a terminal (CI, a pipe) a prompt could only hang or crash: fail with a message instead. */
const withoutTerminal = (args: string[]) =>
  process.stdin.isTTY ? args : [...args, '--no-interactive'];

/**
 * `npx service-kit <name> [options]` runs the app generator;
 * `npx service-kit add <feature>` adds a feature to the project in the
 * current directory. Help, every refusal that needs no prompt and a new
 * project with nothing to ask are done here, before Yeoman is loaded: it is
 * most of a run's start-up.
 */
async function main(args: string[]): Promise<void> {
  if (args[0] === 'add') {
    const feature = args[1];
    if (!feature || !addable.includes(feature)) {
      const given = feature && !feature.startsWith('-') ? `; "${feature}" is none of them` : '';
      throw new UsageError(`add takes one of ${addable.join(', ')}${given}`);
    }
    const rest = withoutTerminal(args.slice(2));
    if (flagsOf(rest, addOptions).help) {
      process.stdout.write(addHelp(feature));
      return;
    }
    (await import('./early-checks.js')).checkAdd(feature, process.cwd());
    const { runFeature } = await import('./run-generator.js');
    await runFeature(feature, rest);
    return;
  }
  const all = withoutTerminal(args);
  const { values, positionals, help } = flagsOf(all, appOptions);
  if (help) {
    process.stdout.write(appHelp());
    return;
  }
  // The name is the one answer every run gives; a bad one is refused before the answers
  // schema loads, in the words the schema uses for it.
  const nameProblem = positionals[0] === undefined ? undefined : projectNameProblem(positionals[0]);
  if (nameProblem) throw new UsageError(`name: ${nameProblem}`);
  const written = await (
    await import('./early-checks.js')
  ).appWithoutYeoman(
    {
      name: positionals[0],
      yes: values.yes === true,
      answers: typeof values.answers === 'string' ? values.answers : undefined,
      preset: typeof values.preset === 'string' ? values.preset : undefined,
      interactive: values['no-interactive'] !== true,
      force: values.force === true,
      skipInstall: values['skip-install'] === true,
      // A dry run or --bail asks for Yeoman's file report.
      writes: values['dry-run'] !== true && values.bail !== true,
    },
    process.cwd(),
  );
  if (written) return;
  const { runApp } = await import('./run-generator.js');
  await runApp(all);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`service-kit: ${error.message}`);
  process.exitCode = 1;
}
