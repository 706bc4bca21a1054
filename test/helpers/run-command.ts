import { lastLines, MINUTES, signalGroup, spawnGroup } from './process-group.js';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Both streams, as a person at the terminal would see them. */
  output: string;
  /** Set when the deadline ended the command: what ran, for how long at most. */
  timedOut?: string;
}

export interface CommandOptions {
  /** How long the command may take before its process group is killed; ten minutes unless told. */
  deadlineMs?: number;
  /** What the command is, for a failure message: `tests of operations`. */
  name?: string;
}

const DEFAULT_DEADLINE = 10 * MINUTES;
// What a group gets between SIGTERM and SIGKILL to close what it opened.
const GRACE_MS = 5_000;

/**
 * Runs a command to completion in a process group of its own and keeps
 * everything it printed, for the failure message. At the deadline the group
 * is ended and the result says so, with the command's name.
 */
export function runCommand(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  options: CommandOptions = {},
) {
  const deadline = options.deadlineMs ?? DEFAULT_DEADLINE;
  const name = options.name ?? `\`${[command, ...args].join(' ')}\` in ${cwd}`;
  return new Promise<CommandResult>((resolve, reject) => {
    const child = spawnGroup(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let [stdout, stderr, output] = ['', '', ''];
    let timedOut: string | undefined;
    const timer = setTimeout(() => {
      timedOut = `${name} did not finish within ${deadline / 1000} s; its process group was killed`;
      signalGroup(child, 'SIGTERM');
      setTimeout(() => signalGroup(child, 'SIGKILL'), GRACE_MS).unref();
    }, deadline);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      output += chunk.toString();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      // Whatever the command left running in its group goes with it; then the pipes close,
      // unless something that left the group holds them (a daemon), which is not waited for.
      signalGroup(child, 'SIGKILL');
      const done = () => resolve({ code, stdout, stderr, output, timedOut });
      const drained = setTimeout(done, 2_000);
      child.once('close', () => {
        clearTimeout(drained);
        done();
      });
    });
  });
}

/** Jest's first failure blocks (`● suite › test` and what follows), wherever the run printed them. */
function jestFailures(output: string, count = 3): string[] {
  const lines = output.split('\n');
  return lines
    .flatMap((line, index) => (/^\s*● (?!Console)/.test(line) ? [index] : []))
    .slice(0, count)
    .map((index) => lines.slice(index, index + 25).join('\n'));
}

/**
 * The message of a command that failed or ran out of time: its name, exit,
 * the failures a jest run reported (often far above its last lines), and
 * its last lines.
 */
export function failureOf(result: CommandResult, name: string): string {
  const how = result.timedOut ?? `${name} exited ${result.code}`;
  const failures = jestFailures(result.output);
  const reported = failures.length > 0 ? `${failures.join('\n\n')}\n\n` : '';
  return `${how}:\n${reported}${lastLines(result.output)}`;
}

/** Fails with the command's own output, so a broken template explains itself in the test report. */
export async function expectSuccess(
  command: string,
  args: string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
  options: CommandOptions = {},
) {
  const name = options.name ?? `\`${command} ${args.join(' ')}\` in ${cwd}`;
  const result = await runCommand(command, args, cwd, env, { ...options, name });
  if (result.code !== 0 || result.timedOut) throw new Error(failureOf(result, name));
  return result.output;
}
