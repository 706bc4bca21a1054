import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { closeDeps, createDeps } from '../src/deps.js';
import { prepare } from '../src/startup.js';

/** A scratch folder with what the service reads at start, so no run touches `.data` of `npm run dev`. */
export function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'service-'));
  for (const folder of ['migrations', 'seeds']) {
    if (existsSync(folder)) cpSync(folder, join(dir, folder), { recursive: true });
  }
  return dir;
}

/**
 * The service in this process, on a free port, with its data in a scratch
 * folder: what `npm run bench` and the load tier measure when no URL is given.
 */
export async function startInProcess(): Promise<{ url: string; stop: () => Promise<void> }> {
  const project = process.cwd();
  process.chdir(scratchProject());
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const deps = await createDeps(config, pino({ level: 'silent' }));
  await prepare(deps);
  const server = createApp(deps).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const stop = async () => {
    await new Promise((closed) => server.close(closed));
    // Requests a load tool gave up on may still be running, past the close of their
    // sockets: let them settle before the engines close under them.
    await new Promise((settled) => setTimeout(settled, 1000));
    await closeDeps(deps);
    process.chdir(project);
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop };
}
