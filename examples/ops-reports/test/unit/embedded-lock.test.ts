import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { IN_MEMORY, lockDataDir } from '../../src/db/embedded-lock.js';

const newDir = () => mkdtempSync(join(tmpdir(), 'embedded-lock-'));
// The tests below race processes that each load tsx, side by side: a minute on a busy machine.
const lockModule = resolve('src/db/embedded-lock.ts');

/**
 * Another process that tries to lock `dir`, prints `locked` or the refusal,
 * and holds what it got until it is killed.
 */
function locker(dir: string) {
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(lockModule)});
    lockDataDir(${JSON.stringify(dir)}, 'PGlite').then(
      () => console.log('locked'),
      (error) => console.log(error.message),
    );
    setInterval(() => {}, 60_000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
  let output = '';
  const said = new Promise<string>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.trim());
    });
  });
  return { child, said, stop: () => child.kill('SIGKILL') };
}

// Cases between processes wait on child processes: side by side.
describe('lockDataDir', () => {
  it('claims a folder, and frees it on release', async () => {
    const dir = newDir();
    const release = await lockDataDir(dir, 'PGlite');
    expect(existsSync(join(dir, 'service.lock'))).toBe(true);
    expect(readFileSync(join(dir, 'service.lock.pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'service.lock'))).toBe(false);
    expect(existsSync(join(dir, 'service.lock.pid'))).toBe(false);
  });

  it.concurrent(
    'refuses a folder another live process holds, naming it',
    async () => {
      const dir = newDir();
      const other = locker(dir);
      try {
        expect(await other.said).toBe('locked');
        await expect(lockDataDir(dir, 'dynalite')).rejects.toThrow(
          `the embedded dynalite data in ${dir} is in use by process ${other.child.pid}`,
        );
      } finally {
        other.stop();
      }
    },
    60_000,
  );

  it.concurrent(
    'takes over the lock of a process that was killed, without waiting for a person',
    async () => {
      const dir = newDir();
      const killed = locker(dir);
      expect(await killed.said).toBe('locked');
      killed.stop();
      await once(killed.child, 'exit');
      const release = await lockDataDir(dir, 'PGlite');
      expect(readFileSync(join(dir, 'service.lock.pid'), 'utf8')).toBe(String(process.pid));
      release();
    },
    60_000,
  );

  it.concurrent.each([
    ['a new folder', () => newDir()],
    [
      // Left by a process that was killed: its id names no running process.
      'the lock of a holder that is gone',
      async () => {
        const dir = newDir();
        const gone = spawn(process.execPath, ['-e', '']);
        await once(gone, 'exit');
        mkdirSync(join(dir, 'service.lock'));
        writeFileSync(join(dir, 'service.lock.pid'), String(gone.pid));
        return dir;
      },
    ],
    [
      // Left before a reboot, naming a process id that another process has now; unrefreshed.
      'a stale lock naming a live process',
      () => {
        const dir = newDir();
        mkdirSync(join(dir, 'service.lock'));
        writeFileSync(join(dir, 'service.lock.pid'), String(process.pid));
        const beforeTheReboot = new Date(Date.now() - 10 * 60_000);
        utimesSync(join(dir, 'service.lock'), beforeTheReboot, beforeTheReboot);
        return dir;
      },
    ],
  ])(
    'gives %s to exactly one of two starts racing for it',
    async (_case, folder) => {
      const dir = await folder();
      const racers = [locker(dir), locker(dir)];
      try {
        const said = await Promise.all(racers.map((racer) => racer.said));
        expect(said.filter((line) => line === 'locked')).toHaveLength(1);
        const winner = racers[said.indexOf('locked')]!;
        expect(said.filter((line) => line !== 'locked')).toEqual([
          `the embedded PGlite data in ${dir} is in use by process ${winner.child.pid}; stop it first (only one process can open an embedded database), or point this one at a server`,
        ]);
      } finally {
        for (const racer of racers) racer.stop();
      }
    },
    60_000,
  );

  it('refuses while the holder runs, though it has been too busy to refresh for a while', async () => {
    const dir = newDir();
    const holder = locker(dir);
    try {
      expect(await holder.said).toBe('locked');
      // As if the holder's event loop had been stuck for longer than a refresh takes.
      const aWhileAgo = new Date(Date.now() - 30_000);
      utimesSync(join(dir, 'service.lock'), aWhileAgo, aWhileAgo);
      await expect(lockDataDir(dir, 'PGlite')).rejects.toThrow(
        `is in use by process ${holder.child.pid}`,
      );
    } finally {
      holder.stop();
    }
  }, 60_000);

  it('has nothing to lock for an engine that keeps its data in memory', async () => {
    expect((await lockDataDir(IN_MEMORY, 'PGlite'))()).toBeUndefined();
    expect(existsSync(IN_MEMORY)).toBe(false);
  });
});
