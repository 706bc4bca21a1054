import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBaseImage, freePort, podman, podmanOk, waitForHttp } from './containers.js';
import { ensureRedis } from './machine-services.js';
import { runCommand } from './run-command.js';
import { timed } from './timings.js';

const MINUTES = 60_000;

const envFlags = (env: Record<string, string>) =>
  Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]);

/** Waits for a line of the container's log; its whole log if the line never comes. */
async function waitForLog(container: string, line: string, seconds = 60): Promise<void> {
  for (let waited = 0; waited < seconds * 4; waited += 1) {
    if ((await podman(['logs', container])).output.includes(line)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${container} never logged ${line}:\n${(await podman(['logs', container])).output}`,
  );
}

/** Every file name in the image's layers, and whether any layer holds `secret`. */
async function layersOf(image: string, secret: string) {
  const dir = mkdtempSync(join(tmpdir(), 'image-'));
  try {
    await podmanOk(['save', '--format', 'docker-archive', '-o', join(dir, 'image.tar'), image]);
    await runCommand('tar', ['-xf', 'image.tar'], dir);
    const layers = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.tar') && file !== 'image.tar',
    );
    const names: string[] = [];
    let holdsSecret = false;
    for (const layer of layers) {
      names.push(...(await runCommand('tar', ['-tf', layer], dir)).stdout.split('\n'));
      holdsSecret ||= readFileSync(join(dir, layer)).includes(secret);
    }
    return { names, holdsSecret };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** db-create where the project has it, else the first task of its registry that needs no arguments. */
export function firstTask(project: string): string {
  const registry = readFileSync(join(project, 'src', 'tasks', 'task-registry.ts'), 'utf8');
  if (/^\s+'db-create':/m.test(registry)) return 'db-create';
  return /^\s+'([a-z-]+)':/m.exec(registry)![1]!;
}

/**
 * The production image of a generated project, built by podman from its
 * own Dockerfile.prod and run as production runs it: only the variables a
 * production start needs, the host's network, SIGTERM to stop.
 */
export function productionImageChecks(
  project: string,
  name: string,
  productionEnv: () => Promise<Record<string, string>>,
  modes: readonly string[],
) {
  const image = `localhost/${name}:prod`;
  const container = `${name}-prod`;
  const secret = `not-for-images-${process.pid}`;
  let port: number;

  beforeAll(async () => {
    await ensureBaseImage(project, 'Dockerfile.prod');
    // What a developer keeps beside the code must stay out of the image.
    writeFileSync(join(project, '.env'), `API_KEYS=${secret}\n`);
    writeFileSync(join(project, '.env.local'), `API_KEYS=${secret}\n`);
    const started = Date.now();
    await timed('e2e', name, 'image build', () =>
      podmanOk(['build', '--format', 'docker', '-f', 'Dockerfile.prod', '-t', image, '.'], project),
    );
    const size = (await podmanOk(['image', 'inspect', image, '--format', '{{.Size}}'])).trim();
    console.log(
      `${name}: Dockerfile.prod built in ${((Date.now() - started) / 1000).toFixed(0)} s, image ${(Number(size) / 1e6).toFixed(0)} MB`,
    );
    port = await freePort();
  }, 15 * MINUTES);

  afterAll(async () => {
    rmSync(join(project, '.env'), { force: true });
    rmSync(join(project, '.env.local'), { force: true });
    await podman(['rm', '--force', container]);
  });

  if (modes.includes('TASK')) {
    // First, as a deploy runs it before the new version serves: the DynamoDB it is given has
    // no tables, and only this job makes them (productionNeeds leaves DYNAMODB_CREATE_TABLES off).
    it('runs a TASK through its entrypoint and exits 0 after it, db-create before any start', async () => {
      const task = firstTask(project);
      const env = { ...(await productionEnv()), APP_RUN_MODE: 'TASK', APP_TASK_LIST: task };
      const result = await podman(['run', '--rm', ...envFlags(env), image]);
      expect(result.code).toBe(0);
      expect(result.output.match(/"msg":"task done"/g)).toHaveLength(1);
      if (task === 'db-create') expect(result.output).toMatch(/"result":\{"created":\["[^"]+/);
    });
  }

  it(
    'serves /healthcheck as a non-root user, passes its HEALTHCHECK and stops on SIGTERM with exit 0',
    async () => {
      const env = { ...(await productionEnv()), PORT: String(port) };
      // No timer for the health check (there is no systemd here); the test runs it by hand.
      // A read-only root, as the chart runs it: only /tmp and the embedded engines' folder write.
      await podmanOk([
        'run',
        '-d',
        '--name',
        container,
        '--health-interval=disable',
        '--read-only',
        '--tmpfs',
        '/tmp',
        '--tmpfs',
        '/app/.data',
        ...envFlags(env),
        image,
      ]);
      const response = await waitForHttp(container, `http://127.0.0.1:${port}/healthcheck`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'OK' });
      expect((await podmanOk(['exec', container, 'id', '-u'])).trim()).not.toBe('0');
      expect((await podman(['healthcheck', 'run', container])).code).toBe(0);
      const stopping = Date.now();
      await podmanOk(['stop', '--time', '10', container]);
      expect(Date.now() - stopping).toBeLessThan(10_000);
      const code = await podmanOk(['inspect', container, '--format', '{{.State.ExitCode}}']);
      expect(code.trim()).toBe('0');
      expect((await podman(['logs', container])).output).toContain('"outcome":"drained"');
    },
    5 * MINUTES,
  );

  if (modes.includes('WORKER')) {
    it(
      "runs a WORKER on this machine's Redis that drains on SIGTERM and exits 0",
      async () => {
        const worker = `${name}-worker`;
        const env = {
          ...(await productionEnv()),
          APP_RUN_MODE: 'WORKER',
          REDIS_URL: await ensureRedis(),
          TASK_QUEUE: `e2e-image-${process.pid}`,
        };
        await podmanOk(['run', '-d', '--name', worker, ...envFlags(env), image]);
        try {
          await waitForLog(worker, '"msg":"worker ready"');
          await podmanOk(['stop', '--time', '10', worker]);
          const code = await podmanOk(['inspect', worker, '--format', '{{.State.ExitCode}}']);
          expect(code.trim()).toBe('0');
          expect((await podman(['logs', worker])).output).toContain('"outcome":"drained"');
        } finally {
          await podman(['rm', '--force', worker]);
        }
      },
      2 * MINUTES,
    );
  }

  if (modes.includes('BEAT')) {
    it('runs BEAT, which writes the schedule into Redis and exits 0', async () => {
      const env = {
        ...(await productionEnv()),
        APP_RUN_MODE: 'BEAT',
        REDIS_URL: await ensureRedis(),
        TASK_QUEUE: `e2e-image-${process.pid}`,
      };
      const result = await podman(['run', '--rm', ...envFlags(env), image]);
      expect(result.code).toBe(0);
      expect(result.output).toContain('"msg":"schedule synced"');
    });
  }

  it('exits 1 naming a bad variable', async () => {
    const result = await podman(['run', '--rm', '-e', 'PORT=x', '-e', 'LOG_LEVEL=loud', image]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('PORT: invalid, expected a TCP port');
    expect(result.output).toContain('LOG_LEVEL: invalid, expected one of');
  });

  it('exits 2 through its entrypoint for an unknown run mode, naming the valid ones', async () => {
    const result = await podman(['run', '--rm', '-e', 'APP_RUN_MODE=DANCE', image]);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/unknown APP_RUN_MODE "DANCE"; valid: .*WEB/);
  });

  it('holds no .env file, no secrets folder and no value of one in any layer', async () => {
    const { names, holdsSecret } = await layersOf(image, secret);
    expect(names.filter((file) => /(^|\/)(\.env(\.|$)|secrets\/)/.test(file))).toEqual([]);
    expect(holdsSecret).toBe(false);
  });
}
