import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../startup-error.js';

/** A data folder of this name keeps the engine's data in memory: nothing to lock. */
export const IN_MEMORY = 'memory://';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims an embedded engine's data folder for this process. Neither
 * dynalite's LevelDB nor PGlite may be opened by two processes at once (the
 * second breaks on its first query, or corrupts the files), so a second
 * `npm run dev`, or a manage command while the service runs, is refused
 * with a message saying which process holds the folder. A lock left by a
 * process that died is taken over. Returns the release function.
 */
export function lockDataDir(dir: string, engine: string): () => void {
  if (dir === IN_MEMORY) return () => undefined;
  mkdirSync(dir, { recursive: true });
  const lockFile = join(dir, 'service.lock');
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new StartupError(
        `the embedded ${engine} data in ${dir} is in use by process ${holder}; stop it first (only one process can open an embedded database), or point this one at a server`,
      );
    }
    rmSync(lockFile, { force: true });
  }
}
