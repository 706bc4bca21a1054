import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's chromium, which playwright-core drives; CHROMIUM_PATH points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Installs Debian's chromium with apt when it is missing, so a fresh machine
 * (or CI) runs the browser tests without a setup step of its own. Where apt
 * cannot be used, it says what to install instead of failing obscurely.
 */
export function ensureChromium(): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (process.env.CHROMIUM_PATH)
    throw new Error(`CHROMIUM_PATH names ${chromiumPath}, which does not exist`);
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `no browser at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, { env, stdio: 'inherit', timeout: 10 * 60_000 });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status})`);
  }
  if (!existsSync(chromiumPath))
    throw new Error(`apt-get installed chromium, but ${chromiumPath} is still missing`);
  return chromiumPath;
}
