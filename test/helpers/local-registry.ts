import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './generator-paths.js';
import { signalGroup, spawnGroup } from './process-group.js';
import { expectSuccess } from './run-command.js';

export interface LocalRegistry {
  url: string;
  /** npm settings that point at it, as environment variables. */
  env: NodeJS.ProcessEnv;
  /** `npm publish <tarball>` to it, as its one user. */
  publish: (tarball: string) => Promise<void>;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Where the registry keeps what it fetched from the public registry, for
 * every run on this machine, as a team's registry mirror would: a run then
 * fetches only what changed. Our own two packages are removed before each
 * run publishes them again.
 */
const storage = join(tmpdir(), 'service-kit-verdaccio-storage');
const ownPackages = ['generator-service-kit', 'create-service-kit'];

/**
 * A real npm registry (verdaccio) on a loopback port, its settings under
 * `dir`: what it is published it serves, and every other package it fetches
 * from the public registry, so `npm create service-kit@latest` resolves our
 * two packages here as it would once they are published.
 */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = join(dir, 'verdaccio.yaml');
  for (const name of ownPackages) rmSync(join(storage, name), { recursive: true, force: true });
  writeFileSync(
    config,
    [
      `storage: ${storage}`,
      `auth: { htpasswd: { file: ${join(dir, 'htpasswd')}, max_users: 1 } }`,
      // Package documents fetched within the day are served as they are.
      'uplinks: { npmjs: { url: "https://registry.npmjs.org/", maxage: 1d } }',
      'packages:',
      '  "{generator,create}-service-kit": { access: $all, publish: $authenticated }',
      '  "**": { access: $all, proxy: npmjs }',
      'log: { type: stdout, format: json, level: error }',
      '',
    ].join('\n'),
  );
  const server = spawnGroup(
    process.execPath,
    [join(repoRoot, 'node_modules/verdaccio/bin/verdaccio'), '--config', config, '--listen', url],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; ; attempt += 1) {
    const up = await fetch(`${url}/-/ping`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (attempt === 150 || server.exitCode !== null)
      throw new Error(`verdaccio did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // The one user: registering answers with the token npm publishes with.
  const user = await fetch(`${url}/-/user/org.couchdb.user:publisher`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'publisher', password: 'publisher-password' }),
  });
  const { token } = (await user.json()) as { token: string };
  const env = { npm_config_registry: `${url}/` };
  const publish = async (tarball: string) => {
    await expectSuccess(
      'npm',
      ['publish', tarball, `--//127.0.0.1:${port}/:_authToken=${token}`],
      dir,
      env,
    );
  };
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    signalGroup(server, 'SIGTERM');
    // A registry that will not stop is not waited for: its group goes at once.
    const forced = setTimeout(() => signalGroup(server, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(forced);
  };
  return { url, env, publish, stop };
}
