import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastLines, signalGroup, spawnGroup } from './process-group.js';

export interface RunningService {
  url: string;
  process: ChildProcess;
  /** Sends the signal and resolves with the exit code; fails if the service outlives `STOP_DEADLINE_MS`. */
  stop: (signal: NodeJS.Signals) => Promise<number | null>;
  /** Everything it printed so far. */
  output: () => string;
}

const START_DEADLINE_MS = 120_000;
// Graceful shutdown drains for at most its own bound (seconds); past this it hangs.
const STOP_DEADLINE_MS = 60_000;

/**
 * Starts a generated service's build on a free port, in a process group of
 * its own, and waits for the JSON log line that says where it listens, or,
 * for a mode that serves no HTTP, for its `ready` message (then `url` is
 * empty). A start or a stop past its deadline kills the group and fails,
 * with the service's last lines.
 */
/**
 * Where a production start on this machine keeps files, for a project with
 * file storage: a folder named on purpose, as a volume would be (without
 * one, production asks for a bucket). Other projects ignore the setting.
 */
export const productionFiles = { APPDATA_DIR: join(tmpdir(), `e2e-files-${process.pid}`) };

export async function startService(
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  ready?: string,
): Promise<RunningService> {
  const child = spawnGroup(process.execPath, ['dist/main.js'], {
    cwd,
    env: { ...process.env, PORT: '0', NODE_ENV: 'production', ...productionFiles, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      signalGroup(child, 'SIGKILL');
      reject(
        new Error(
          `the service in ${cwd} did not start within ${START_DEADLINE_MS / 1000} s:\n${lastLines(output)}`,
        ),
      );
    }, START_DEADLINE_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /"url":"(http:\/\/[^"]+)","msg":"listening"/.exec(output);
      const url = ready ? (output.includes(`"msg":"${ready}"`) ? '' : undefined) : listening?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited ${code} before listening:\n${lastLines(output)}`));
    });
  });
  const stop = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = once(child, 'exit');
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        signalGroup(child, 'SIGKILL');
        reject(
          new Error(
            `the service in ${cwd} did not exit within ${STOP_DEADLINE_MS / 1000} s of ${signal}:\n${lastLines(output)}`,
          ),
        );
      }, STOP_DEADLINE_MS);
    });
    try {
      const [code] = (await Promise.race([exited, deadline])) as [number | null];
      return code;
    } finally {
      clearTimeout(timer);
      signalGroup(child, 'SIGKILL');
    }
  };
  return { url, process: child, stop, output: () => output };
}
