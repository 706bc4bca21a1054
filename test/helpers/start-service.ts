import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface RunningService {
  url: string;
  process: ChildProcess;
  /** Sends the signal and resolves with the exit code. */
  stop: (signal: NodeJS.Signals) => Promise<number | null>;
}

/**
 * Starts a generated service's build on a free port and waits for the JSON
 * log line that says where it listens, or, for a mode that serves no HTTP,
 * for its `ready` message (then `url` is empty).
 */
export async function startService(
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  ready?: string,
): Promise<RunningService> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd,
    env: { ...process.env, PORT: '0', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the service did not start:\n${output}`)),
      60_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /"url":"(http:\/\/[^"]+)","msg":"listening"/.exec(output);
      const url = ready ? (output.includes(`"msg":"${ready}"`) ? '' : undefined) : listening?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`the service exited ${code} before listening:\n${output}`)),
    );
  });
  const stop = async (signal: NodeJS.Signals) => {
    const exited = once(child, 'exit');
    child.kill(signal);
    const [code] = (await exited) as [number | null];
    return code;
  };
  return { url, process: child, stop };
}
