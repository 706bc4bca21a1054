#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { appOptions, updateOptions, type OptionSpec } from '../generators/lib/cli-options.js';
import { projectNameProblem } from '../generators/lib/project-name.js';
import { UsageError } from '../generators/lib/usage-error.js';
import { addable, addHelp, appHelp, checkHelp, updateHelp } from '../generators/app/help-text.js';
import { didYouMean } from '../generators/lib/did-you-mean.js';
import { quoted } from '../generators/lib/quoted.js';

const parserOptions = (options: readonly OptionSpec[]) =>
  Object.fromEntries(
    [...options, { name: 'help', alias: 'h', type: 'boolean' } as const].map((option) => [
      option.name,
      { type: option.type, ...(option.alias ? { short: option.alias } : {}) },
    ]),
  );

/** The flags this tool reads itself, as node's parser sees them; Yeoman parses the same argv again. */
function flagsOf(args: string[], options: readonly OptionSpec[]) {
  const { values, positionals } = parseArgs({
    args,
    strict: false,
    allowPositionals: true,
    options: parserOptions(options),
  });
  return { values, positionals, help: values.help === true };
}

/** The flags of a command this tool runs alone: one it does not take is refused, naming those it does. */
function commandFlags(command: string, args: string[], options: readonly OptionSpec[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: parserOptions(options),
    }).values;
  } catch (error) {
    const taken = options.map((option) => `--${option.name}`).join(', ');
    throw new UsageError(
      `${command}: ${(error as Error).message.split('.')[0]}; it takes ${taken || 'no options'} and --help`,
    );
  }
}

/**
 * A mistyped flag (`--dryrun`) must not be ignored: the run would do what
 * the flag was meant to prevent. Refused, naming the flag it is closest to.
 */
function refuseUnknownFlags(given: string[], options: readonly OptionSpec[]): void {
  const known = options.flatMap((option) => [
    option.name,
    ...(option.default === true ? [`no-${option.name}`] : []),
  ]);
  const unknown = given.find((flag) => flag !== 'help' && !known.includes(flag));
  if (unknown === undefined) return;
  const dashes = unknown.length === 1 ? '-' : '--';
  const hint =
    didYouMean(unknown, known).replace(/"(.+)"/, '"--$1"') || '; service-kit --help lists them';
  throw new UsageError(`unknown option ${dashes}${unknown}${hint}`);
}

/** Without a terminal (CI, a pipe) a prompt could only hang or crash: fail with a message instead. */
const withoutTerminal = (args: string[]) =>
  process.stdin.isTTY ? args : [...args, '--no-interactive'];

/** `add <feature>`, `update` and `check`: work on the project in this directory, asking nothing. */
async function projectCommand(command: string, args: string[]): Promise<void> {
  const commands = await import('./project-commands.js');
  if (command === 'check') {
    if (commandFlags('check', args, []).help) process.stdout.write(checkHelp());
    else await commands.checkProject(process.cwd());
    return;
  }
  const feature = command === 'add' ? args.shift() : undefined;
  if (command === 'add' && (!feature || !addable.includes(feature))) {
    const given = feature && !feature.startsWith('-') ? `; ${quoted(feature)} is none of them` : '';
    throw new UsageError(`add takes one of ${addable.join(', ')}${given}`);
  }
  const values = commandFlags(feature ? `add ${feature}` : command, args, updateOptions);
  if (values.help) {
    process.stdout.write(feature ? addHelp(feature) : updateHelp());
    return;
  }
  const flags = {
    dryRun: values['dry-run'] === true,
    diff: values.diff === true,
    force: values.force === true,
    bail: values.bail === true,
    skipInstall: values['skip-install'] === true,
  };
  if (feature) await commands.addFeature(feature, flags, process.cwd());
  else await commands.updateProject(flags, process.cwd());
}

/**
 * `npx service-kit <name> [options]` runs the app generator; `add`,
 * `update` and `check` work on the project in the current directory.
 * Help, every refusal that needs no prompt, and every run with nothing to
 * ask are done here, before Yeoman is loaded: it is most of a run's start-up.
 */
async function main(args: string[]): Promise<void> {
  if (['add', 'update', 'check'].includes(args[0] ?? '')) {
    await projectCommand(args[0]!, args.slice(1));
    return;
  }
  const all = withoutTerminal(args);
  const { values, positionals, help } = flagsOf(all, appOptions);
  if (help) {
    process.stdout.write(appHelp());
    return;
  }
  refuseUnknownFlags(Object.keys(values), appOptions);
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
      dryRun: values['dry-run'] === true,
      diff: values.diff === true,
      bail: values.bail === true,
      skipInstall: values['skip-install'] === true,
      skipGit: values['skip-git'] === true,
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
