import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './generator-paths.js';
import { expectSuccess, runCommand } from './run-command.js';

const scripts = join(repoRoot, 'scripts', 'containers');

/** podman with the settings this kind of machine needs (scripts/containers/podman.sh). */
export const podman = (args: string[], cwd = repoRoot) =>
  runCommand(join(scripts, 'podman.sh'), args, cwd);

export async function podmanOk(args: string[], cwd = repoRoot): Promise<string> {
  return expectSuccess(join(scripts, 'podman.sh'), args, cwd);
}

/** podmanOk holding a lock named `lock` for the machine, for work two suites must not do at once. */
export async function podmanOkLocked(lock: string, args: string[], cwd = repoRoot) {
  const file = join(tmpdir(), `service-kit-${lock}.lock`);
  return expectSuccess('flock', [file, join(scripts, 'podman.sh'), ...args], cwd);
}

/**
 * Makes podman and the base image a Dockerfile of `project` starts from
 * ready: installed and built once per machine, then found at once. Returns
 * the image's name.
 */
export async function ensureBaseImage(project: string, dockerfile: string): Promise<string> {
  const from = /^FROM node:(\S+)/m.exec(readFileSync(join(project, dockerfile), 'utf8'));
  if (!from) throw new Error(`${dockerfile} does not start from a node image`);
  await expectSuccess('bash', [join(scripts, 'base-image.sh'), from[1]!], repoRoot);
  return `docker.io/library/node:${from[1]!}`;
}

/** podman-compose with the same settings (scripts/containers/compose.sh). */
export const compose = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  runCommand(join(scripts, 'compose.sh'), args, cwd, env);

/** The response of a container on the host's network to `url` once it answers; its logs if it never does. */
export async function waitForHttp(name: string, url: string, seconds = 60): Promise<Response> {
  for (let waited = 0; waited < seconds * 4; waited += 1) {
    const state = (await podman(['inspect', name, '--format', '{{.State.Status}}'])).stdout.trim();
    if (state === 'exited') break;
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${name} did not answer ${url}:\n${(await podman(['logs', name])).output}`);
}

/** A port nothing listens on now: containers share the host's network or publish onto it. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
