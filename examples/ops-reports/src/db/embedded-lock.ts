import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { StartupError } from '../startup-error.js';

/** A data folder of this name keeps the engine's data in memory: nothing to lock. */
export const IN_MEMORY = 'memory://';

/**
 * A holder refreshes its lock's time every half of this; a lock older than
 * this was left by a process that died, and is taken over. A start waits a
 * little longer than this before it says the folder is in use, so a restart
 * right after a crash gets the folder instead of a false refusal.
 */
const STALE_MS = 5_000;
const retries = { retries: 6, factor: 1, minTimeout: 1_000, maxTimeout: 1_000 };

const holderOf = (pidFile: string) => {
  try {
    return `process ${Number(readFileSync(pidFile, 'utf8'))}`;
  } catch {
    return 'another process';
  }
};

/**
 * Claims an embedded engine's data folder for this process. Neither
 * dynalite's LevelDB nor PGlite may be opened by two processes at once (the
 * second breaks on its first query, or corrupts the files), so a second
 * `npm run dev`, or a manage command while the service runs, is refused
 * with a message saying which process holds the folder. The lock is a
 * folder made with mkdir, which the file system grants to one process only
 * (proper-lockfile); being alive is shown by refreshing its time, never by
 * a process id that a reboot may give to someone else. Returns the release
 * function.
 */
export async function lockDataDir(dir: string, engine: string): Promise<() => void> {
  if (dir === IN_MEMORY) return () => undefined;
  mkdirSync(dir, { recursive: true });
  const options = { lockfilePath: join(dir, 'service.lock'), realpath: false };
  const pidFile = join(dir, 'service.lock.pid');
  // Refreshed too late (a laptop that slept): nobody else can have taken it
  // while this process held the engine open, so warn instead of crashing.
  const onCompromised = (error: Error) =>
    process.emitWarning(`the lock on ${dir} was not refreshed in time: ${error.message}`);
  try {
    await lockfile.lock(dir, { ...options, stale: STALE_MS, retries, onCompromised });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    throw new StartupError(
      `the embedded ${engine} data in ${dir} is in use by ${holderOf(pidFile)}; stop it first (only one process can open an embedded database), or point this one at a server`,
    );
  }
  // Only for the message above: who holds the folder.
  writeFileSync(pidFile, String(process.pid));
  return () => {
    rmSync(pidFile, { force: true });
    try {
      lockfile.unlockSync(dir, options);
    } catch (error) {
      // Released already, or taken over after a refresh came too late: not ours to remove.
      if ((error as NodeJS.ErrnoException).code !== 'ENOTACQUIRED') throw error;
    }
  };
}
