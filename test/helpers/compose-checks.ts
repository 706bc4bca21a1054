import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { compose, ensureBaseImage, freePort, podman, podmanOk, waitForHttp } from './containers.js';
import { ensureStandIns } from './stand-in-images.js';
import { timed } from './timings.js';

const MINUTES = 60_000;

interface ComposeFile {
  name: string;
  services: Record<string, { image?: string; ports?: string[]; profiles?: string[] }>;
}

/** What a compose file starts: its services, split as `docker compose up` orders them. */
function stackOf(project: string, file: string) {
  const { name, services } = parse(readFileSync(join(project, file), 'utf8')) as ComposeFile;
  const entries = Object.entries(services);
  // `docker compose up` starts every service without a profile.
  const started = entries.filter(([, service]) => !service.profiles);
  return {
    name,
    backing: started.filter(([, service]) => service.image).map(([service]) => service),
    images: started.flatMap(([, service]) => (service.image ? [service.image] : [])),
    apps: started.filter(([, service]) => !service.image).map(([service]) => service),
    published: entries.filter(([, service]) => service.ports).map(([service]) => service),
  };
}

/** Runs the container's health check until it passes: podman has no timer for it without systemd. */
async function waitUntilHealthy(container: string, seconds = 90): Promise<void> {
  for (let waited = 0; waited < seconds; waited += 1) {
    if ((await podman(['healthcheck', 'run', container])).code === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(
    `${container} never became healthy:\n${(await podman(['logs', container])).output}`,
  );
}

/**
 * A compose stack of a generated project, run unchanged by podman-compose:
 * the images of its services from registries are the stand-ins of
 * test/containers/stand-ins; the app's images are built from the project's
 * Dockerfiles. Every published port is moved to a free one through the
 * file's `<SERVICE>_HOST_PORT` variables, since this machine's own
 * PostgreSQL and Redis hold the usual ones.
 */
export function composeStackChecks(
  project: string,
  file: 'docker-compose.yml' | 'docker-compose.prod.yml',
  secrets: Record<string, string> = {},
) {
  let stack: ReturnType<typeof stackOf>;
  // The combination, for the timings table: the project folder is `<combination>-svc`.
  const combination = basename(project).replace(/-svc$/, '');
  const container = (service: string) => `${stack.name}_${service}_1`;
  const env: Record<string, string> = { ...secrets };
  // podman-compose 1.0.3 reads no top-level `name`; -p gives the stack the file's.
  const composeHere = (...args: string[]) =>
    compose(['-p', stack.name, '-f', file, ...args], project, env);
  const run = async (...args: string[]) => {
    const result = await composeHere(...args);
    if (result.code !== 0) throw new Error(`compose ${args.join(' ')}:\n${result.output}`);
  };

  beforeAll(async () => {
    stack = stackOf(project, file);
    const dockerfile = file === 'docker-compose.yml' ? 'Dockerfile' : 'Dockerfile.prod';
    await ensureStandIns(stack.images, await ensureBaseImage(project, dockerfile));
    for (const service of stack.published)
      env[`${service.toUpperCase()}_HOST_PORT`] = String(await freePort());
  }, 15 * MINUTES);

  afterAll(() => composeHere('down', '-v'));

  it(
    'comes up: its services healthy first, as depends_on asks, then the app answering',
    async () => {
      if (stack.backing.length > 0) {
        await run('up', '-d', ...stack.backing);
        for (const service of stack.backing) await waitUntilHealthy(container(service));
      }
      const started = Date.now();
      // --build, as `make dev` and `make prod` do: an image an earlier run left is not this project's.
      const response = await timed('e2e', combination, `${file} up`, async () => {
        await run('up', '-d', '--build', ...stack.apps);
        const url = `http://127.0.0.1:${env.APP_HOST_PORT}/healthcheck`;
        return waitForHttp(container('app'), url, 180);
      });
      expect(response.status).toBe(200);
      console.log(`${stack.name}: ${file} answered ${(Date.now() - started) / 1000} s after up`);
      if (file === 'docker-compose.prod.yml')
        expect((await podman(['healthcheck', 'run', container('app')])).code).toBe(0);
    },
    15 * MINUTES,
  );

  if (file === 'docker-compose.yml') {
    it(
      'serves the source mounted from the project, restarting when it changes',
      async () => {
        const manifest = join(project, 'package.json');
        const original = readFileSync(manifest, 'utf8');
        const { version } = JSON.parse(original) as { version: string };
        try {
          writeFileSync(
            manifest,
            original.replace(`"version": "${version}"`, '"version": "9.9.9"'),
          );
          // package.json is read at start; touching a source file makes the watcher rerun it.
          const versionModule = join(project, 'src', 'version.ts');
          writeFileSync(versionModule, readFileSync(versionModule));
          let served = version;
          for (let waited = 0; served !== '9.9.9' && waited < 240; waited += 1) {
            await new Promise((resolve) => setTimeout(resolve, 500));
            const ping = await fetch(`http://127.0.0.1:${env.APP_HOST_PORT}/ping`).catch(
              () => null,
            );
            if (ping?.ok) served = ((await ping.json()) as { version: string }).version;
          }
          expect(served).toBe('9.9.9');
        } finally {
          writeFileSync(manifest, original);
        }
      },
      5 * MINUTES,
    );
  }

  it('down stops and removes its containers and volumes', async () => {
    await run('down', '-v');
    const label = `label=io.podman.compose.project=${stack.name}`;
    expect(await podmanOk(['ps', '-a', '-q', '--filter', label])).toBe('');
    expect(await podmanOk(['volume', 'ls', '-q', '--filter', label])).toBe('');
    // podman-compose 1.0.3 leaves the stack's network behind; Docker's down removes it.
    await podman(['network', 'rm', `${stack.name}_default`]);
  });
}
