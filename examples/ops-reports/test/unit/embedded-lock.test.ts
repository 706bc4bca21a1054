import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IN_MEMORY, lockDataDir } from '../../src/db/embedded-lock.js';

const newDir = () => mkdtempSync(join(tmpdir(), 'embedded-lock-'));

describe('lockDataDir', () => {
  it('claims a folder, and frees it on release', () => {
    const dir = newDir();
    const release = lockDataDir(dir, 'PGlite');
    expect(readFileSync(join(dir, 'service.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'service.lock'))).toBe(false);
  });

  it('refuses a folder another live process holds, naming it', async () => {
    const dir = newDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    await once(other, 'spawn');
    try {
      writeFileSync(join(dir, 'service.lock'), String(other.pid));
      expect(() => lockDataDir(dir, 'dynalite')).toThrow(
        `the embedded dynalite data in ${dir} is in use by process ${other.pid}`,
      );
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = newDir();
    const gone = spawn(process.execPath, ['-e', '']);
    await once(gone, 'exit');
    writeFileSync(join(dir, 'service.lock'), String(gone.pid));
    const release = lockDataDir(dir, 'PGlite');
    expect(readFileSync(join(dir, 'service.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('has nothing to lock for an engine that keeps its data in memory', () => {
    expect(() => lockDataDir(IN_MEMORY, 'PGlite')()).not.toThrow();
    expect(existsSync(IN_MEMORY)).toBe(false);
  });
});
