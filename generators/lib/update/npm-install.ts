import { spawnSync } from 'node:child_process';
import { UsageError } from '../usage-error.js';

/**
 * Installs the project's dependencies. The files are written by then, so a
 * failure says what to run once the cause (the network, a registry) is fixed.
 */
export function npmInstall(dir: string, shown: string): void {
  const install = spawnSync('npm', ['install'], { cwd: dir, stdio: 'inherit' });
  if (install.status !== 0) {
    const reason = install.error?.message ?? `exit ${install.status}`;
    throw new UsageError(
      `npm install failed in ${shown} (${reason}); the files are written: run npm install there`,
    );
  }
}
