import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { StartupError } from '../startup-error.js';

/** A data folder of this name keeps the engine's data in memory: nothing to lock. */
export const IN_MEMORY = 'memory://';

/**
 * A holder refreshes its lock's time every half of this. It is long because
 * opening PGlite keeps the event loop busy (18 s once on a loaded machine),
 * and a refresh that comes late must not let another process in; a holder
 * that died is found by its process id long before this.
 */
const STALE_MS = 60_000;
/**
 * proper-lockfile's own staleness is turned off: two starts that find a
 * stale lock at once both remove it and both make one. Staleness is judged
 * here instead, under the takeover lock.
 */
const NEVER_STALE = { stale: 2 ** 31 - 1, update: STALE_MS / 2 };
/** How long a holder that has just made the lock may take to write its id: seconds, under load. */
const PID_GRACE_MS = 5_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The holder's process id, once it has written it (a holder that has just
 * made the lock gets a moment). An id on file whose lock is there is that
 * lock's holder's: whoever removes a lock removes the id first.
 */
async function holderOf(pidFile: string): Promise<number | undefined> {
  for (let waited = 0; waited < PID_GRACE_MS; waited += 100) {
    const pid = readPid(pidFile);
    if (pid !== undefined) return pid;
    await sleep(100);
  }
  return readPid(pidFile);
}

/** When the lock was made or last refreshed; undefined once it is gone. */
function lockTime(lockPath: string): number | undefined {
  try {
    return statSync(lockPath).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Claims an embedded engine's data folder for this process. Neither
 * dynalite's LevelDB nor PGlite may be opened by two processes at once (the
 * second breaks on its first query, or corrupts the files), so a second
 * `npm run dev`, or a manage command while the service runs, is refused
 * with a message saying which process holds the folder.
 *
 * The lock is a folder made with mkdir, which the file system grants to one
 * process only (proper-lockfile), and refreshed by its holder. The lock of
 * a holder that is no longer running is taken over at once; one whose
 * holder's id now belongs to another process (after a reboot) has gone
 * unrefreshed past STALE_MS and is taken over as stale. Either way by one
 * process at a time: a second lock guards the takeover, and the lock is
 * taken over only if it has not changed since it was judged, so two starts
 * racing for it cannot both get it. Returns the release function.
 */
export async function lockDataDir(dir: string, engine: string): Promise<() => void> {
  if (dir === IN_MEMORY) return () => undefined;
  mkdirSync(dir, { recursive: true });
  const main = { lockfilePath: join(dir, 'service.lock'), realpath: false };
  const pidFile = join(dir, 'service.lock.pid');
  const inUse = (holder: number | undefined) =>
    new StartupError(
      `the embedded ${engine} data in ${dir} is in use by ${holder ? `process ${holder}` : 'another process'}; stop it first (only one process can open an embedded database), or point this one at a server`,
    );
  // A refresh that failed (the lock removed, or taken as stale after a stall past STALE_MS):
  // claim it again while it is still free; if another holds it, stop before both write.
  const onCompromised = (error: Error) => {
    process.emitWarning(`the lock on ${dir} was lost (${error.message}); claiming it again`);
    lockfile.lock(dir, { ...main, ...NEVER_STALE, onCompromised }).catch(async () => {
      const error = inUse(await holderOf(pidFile));
      setImmediate(() => {
        throw new Error(`${error.message}; stopping before both write to it`);
      });
    });
  };
  const claim = () => lockfile.lock(dir, { ...main, ...NEVER_STALE, onCompromised });
  const locked = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ELOCKED';

  try {
    await claim();
  } catch (error) {
    if (!locked(error)) throw error;
    const seen = lockTime(main.lockfilePath);
    const holder = await holderOf(pidFile);
    const stale = seen !== undefined && Date.now() - seen > STALE_MS;
    if (!stale && (holder === undefined || isRunning(holder))) throw inUse(holder);
    // Its holder is gone, or has not refreshed it for STALE_MS: take it over, one process
    // at a time, checking again once alone.
    // Its own file name: proper-lockfile keeps one lock per file, and the main one is on `dir`.
    const takeover = join(dir, 'service.takeover');
    // Each takeover may wait PID_GRACE_MS for an id; one whose process died is stale after 30 s.
    const retries = { retries: 400, factor: 1, minTimeout: 100, maxTimeout: 100 };
    const releaseTakeover = await lockfile.lock(takeover, {
      realpath: false,
      stale: 30_000,
      retries,
    });
    // Another start may have got it meanwhile (after an earlier takeover removed the one
    // judged here): a lock made or refreshed since is a live holder's.
    const takenMeanwhile = async () => inUse(await holderOf(pidFile));
    try {
      const now = lockTime(main.lockfilePath);
      if (now !== undefined && now !== seen) throw await takenMeanwhile();
      // The id first, as release does.
      rmSync(pidFile, { force: true });
      rmSync(main.lockfilePath, { recursive: true, force: true });
      await claim().catch(async (lost: unknown) => {
        throw locked(lost) ? await takenMeanwhile() : lost;
      });
      writeFileSync(pidFile, String(process.pid));
    } finally {
      await releaseTakeover();
    }
    return release(dir, main, pidFile);
  }
  writeFileSync(pidFile, String(process.pid));
  return release(dir, main, pidFile);
}

function release(dir: string, main: { lockfilePath: string; realpath: boolean }, pidFile: string) {
  return () => {
    rmSync(pidFile, { force: true });
    try {
      lockfile.unlockSync(dir, main);
    } catch (error) {
      // Released already, or lost after a stall and held by another now: not ours to remove.
      if ((error as NodeJS.ErrnoException).code !== 'ENOTACQUIRED') throw error;
    }
  };
}
