import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { testEnvironment } from './test-deps.js';

/** `src/main.ts` running in a child process, as the container starts it, with the test environment. */
export interface MainProcess {
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  /** Resolves once its output contains `text` (`times` times); rejects if it exits first. */
  waitFor: (text: string, times?: number) => Promise<void>;
  /** Its exit code, once it exits. */
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

export function startMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...testEnvironment(), LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  const seen = (text: string, times: number) => output.split(text).length - 1 >= times;
  const waiting: { text: string; times: number; resolve: () => void }[] = [];
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of waiting.filter(({ text, times }) => seen(text, times))) waiter.resolve();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    output: () => output,
    waitFor: (text, times = 1) =>
      new Promise<void>((resolve, reject) => {
        if (seen(text, times)) return resolve();
        waiting.push({ text, times, resolve });
        void exited.then((code) =>
          reject(new Error(`exited ${code} before printing "${text}":\n${output}`)),
        );
      }),
    exited,
    kill: (signal) => child.kill(signal),
  };
}

/** Runs `src/main.ts` to its end. */
export async function runMain(env: Record<string, string>) {
  const main = startMain(env);
  const code = await main.exited;
  return { code, output: main.output() };
}
