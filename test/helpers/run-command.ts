import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Both streams, as a person at the terminal would see them. */
  output: string;
}

/** Runs a command to completion and keeps everything it printed, for the failure message. */
export function runCommand(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
) {
  return new Promise<CommandResult>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let [stdout, stderr, output] = ['', '', ''];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, output }));
  });
}

/** Fails with the command's own output, so a broken template explains itself in the test report. */
export async function expectSuccess(
  command: string,
  args: string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
) {
  const result = await runCommand(command, args, cwd, env);
  if (result.code !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` exited ${result.code} in ${cwd}:\n${result.output}`,
    );
  }
  return result.output;
}
