import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBaseImage, podman, podmanOk, waitForHttp } from './containers.js';
import { runCommand } from './run-command.js';

const MINUTES = 60_000;

/** A port nothing listens on now: containers share the host's network. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const envFlags = (env: Record<string, string>) =>
  Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]);

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

/**
 * The production image of a generated project, built by podman from its
 * own Dockerfile.prod and run as production runs it: only the variables a
 * production start needs, the host's network, SIGTERM to stop.
 */
export function productionImageChecks(
  project: string,
  name: string,
  productionEnv: () => Promise<Record<string, string>>,
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
    await podmanOk(
      ['build', '--format', 'docker', '-f', 'Dockerfile.prod', '-t', image, '.'],
      project,
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

  it(
    'serves /healthcheck as a non-root user, passes its HEALTHCHECK and stops on SIGTERM with exit 0',
    async () => {
      const env = { ...(await productionEnv()), PORT: String(port) };
      // No timer for the health check (there is no systemd here); the test runs it by hand.
      await podmanOk([
        'run',
        '-d',
        '--name',
        container,
        '--health-interval=disable',
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
