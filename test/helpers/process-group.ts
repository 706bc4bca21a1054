import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Every process the suite starts runs in a process group of its own, so a
 * deadline, a failed test or the end of the run can end it together with
 * everything it started (npm's scripts, jest's workers, a server's children).
 * Nothing the suite starts outlives it, and nothing can make it wait without end.
 */

const running = new Set<ChildProcess>();

/** Sends `signal` to the child's whole group; quiet when the group is gone already. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: every process of the group has exited.
  }
}

// A test process that ends (a failure, jest's own timeout, Ctrl-C) takes its groups with it.
process.once('exit', () => running.forEach((child) => signalGroup(child, 'SIGKILL')));

/** `spawn` in a new process group, remembered until it exits. */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions) {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.once('error', () => running.delete(child));
  return child;
}

/** The last `count` lines of `output`, which is what a person reads first in a failure. */
export function lastLines(output: string, count = 40): string {
  const lines = output.trimEnd().split('\n');
  return lines.length <= count
    ? lines.join('\n')
    : [`… (${lines.length - count} earlier lines)`, ...lines.slice(-count)].join('\n');
}

export const MINUTES = 60_000;
