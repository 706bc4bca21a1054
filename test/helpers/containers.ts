import { readFileSync } from 'node:fs';
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

/**
 * Makes podman and the base image a Dockerfile of `project` starts from
 * ready: installed and built once per machine, then found at once.
 */
export async function ensureBaseImage(project: string, dockerfile: string): Promise<void> {
  const from = /^FROM node:(\S+)/m.exec(readFileSync(join(project, dockerfile), 'utf8'));
  if (!from) throw new Error(`${dockerfile} does not start from a node image`);
  await expectSuccess('bash', [join(scripts, 'base-image.sh'), from[1]!], repoRoot);
}

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
