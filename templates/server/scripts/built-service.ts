import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BuiltService {
  url: string;
  pid: number;
  /** The live heap in MB after a full collection; only with `heapProbe`. */
  heapMb: () => Promise<number>;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /**
   * Let the soak ask for the live heap: on SIGUSR2 the service collects all
   * garbage and prints what is left. Without it, a soak sees only resident
   * memory, which V8 grows lazily while memory is plentiful: growth that
   * looks like a leak and is not one.
   */
  heapProbe?: boolean;
}

const HEAP_PROBE =
  'process.on("SIGUSR2", () => { globalThis.gc();' +
  ' process.stdout.write(`\\nheap-after-gc ${process.memoryUsage().heapUsed}\\n`); });';
const HEAP_PROBE_ARGS = [
  '--expose-gc',
  `--import=data:text/javascript,${encodeURIComponent(HEAP_PROBE)}`,
];

/**
 * `node dist/main.js` in `cwd` on a free port, in development mode (its
 * embedded engines), resolved once it logs where it listens.
 */
export async function startBuilt(cwd: string, options: StartOptions = {}): Promise<BuiltService> {
  const nodeArgs = options.heapProbe ? HEAP_PROBE_ARGS : [];
  const child = spawn(process.execPath, [...nodeArgs, resolve('dist/main.js')], {
    cwd,
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Its log lines are not the bench's output: read for the two lines wanted,
  // and always drained so the pipe never fills.
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64 * 1024);
  });
  const nextLine = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((found, failed) => {
      const look = () => {
        const match = pattern.exec(output);
        if (!match) return;
        output = output.slice(match.index + match[0].length);
        child.stdout.off('data', look);
        child.off('exit', exited);
        found(match);
      };
      const exited = (code: number | null) =>
        failed(new Error(`the service exited ${code}:\n${output}`));
      child.stdout.on('data', look);
      child.once('exit', exited);
      look();
    });
  const listening = await nextLine(/"url":"(http:[^"]+)","msg":"listening"/);
  const heapMb = async () => {
    if (!options.heapProbe) throw new Error('heapMb needs startBuilt(cwd, { heapProbe: true })');
    const line = nextLine(/\nheap-after-gc (\d+)\n/);
    child.kill('SIGUSR2');
    return Math.round(Number((await line)[1]) / (1024 * 1024));
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((exited) => child.once('exit', exited));
  };
  return { url: listening[1] ?? '', pid: child.pid ?? 0, heapMb, stop };
}

/** The resident memory of process `pid` in MB: from /proc where there is one, else from ps. */
export function rssMb(pid: number): number {
  const status = `/proc/${pid}/status`;
  const kib = existsSync(status)
    ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1])
    : Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
          .toString()
          .trim(),
      );
  return Math.round(kib / 1024);
}
