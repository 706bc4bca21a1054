import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alarmingLines } from '../helpers/alarming-lines.js';
import { repoRoot } from '../helpers/generator-paths.js';
import { startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import { expectSuccess } from '../helpers/run-command.js';
import { tempDir } from '../helpers/run-cli.js';
import { installShared, linkModules } from '../matrix/shared-modules.js';
import { startService } from '../helpers/start-service.js';

/**
 * Each way a newcomer gets the CLI, from a folder outside the clone, with
 * the packages as they would be published (`npm pack`): npx, a global
 * install, `npm link`, `yo service-kit` and `npm create service-kit`. Each
 * must generate a service that builds and answers.
 */

const MINUTES = 60_000;
// The Yeoman CLI a `yo service-kit` user has; only this test installs it.
const YO_VERSION = '7.0.1';
const generateArgs = (name: string) => [name, '--preset', 'minimal', '--yes'];

const outside = tempDir('install-forms');
// The user yo drops to must get through it to its own folders.
chmodSync(outside, 0o755);
const packs = join(outside, 'packs');
let generatorTarball = '';
let createTarball = '';

/** Where a form's global installs go, so the machine's own global packages are left alone. */
function prefixFor(form: string): { prefix: string; env: NodeJS.ProcessEnv } {
  const prefix = join(outside, `${form}-prefix`);
  return { prefix, env: { npm_config_prefix: prefix } };
}

function workDir(form: string): string {
  const dir = join(outside, form);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Dependencies for a project generated with --skip-install: the shared
 * install of the version map. The npx form runs the CLI's own `npm install`,
 * which is all a second real install of the same minimal project would show.
 */
async function installDependencies(project: string): Promise<void> {
  linkModules(project, await installShared());
}

/** The generated project builds and answers /healthcheck, as production runs it. */
async function expectRuns(project: string): Promise<void> {
  await expectSuccess('npm', ['run', 'build'], project);
  const service = await startService(project);
  try {
    expect((await fetch(`${service.url}/healthcheck`)).status).toBe(200);
  } finally {
    expect(await service.stop('SIGTERM')).toBe(0);
  }
}

beforeAll(async () => {
  mkdirSync(packs);
  // `npm test` has just built dist/; packing must not build it again.
  const pack = (dir: string) =>
    expectSuccess('npm', ['pack', '--ignore-scripts', '--pack-destination', packs], dir);
  await pack(repoRoot);
  await pack(join(repoRoot, 'packages', 'create-service-kit'));
  const tarballs = readdirSync(packs);
  generatorTarball = join(
    packs,
    tarballs.find((file) => file.startsWith('generator-'))!,
  );
  createTarball = join(
    packs,
    tarballs.find((file) => file.startsWith('create-'))!,
  );
}, 2 * MINUTES);

it(
  'npx --package <tarball> service-kit generates a service that runs',
  async () => {
    const dir = workDir('npx');
    const output = await expectSuccess(
      'npx',
      ['--yes', '--package', generatorTarball, 'service-kit', ...generateArgs('npx-svc')],
      dir,
    );
    expect(alarmingLines(output)).toEqual([]);
    await expectRuns(join(dir, 'npx-svc'));
  },
  5 * MINUTES,
);

it(
  'a global install puts service-kit on the PATH',
  async () => {
    const { prefix, env } = prefixFor('global');
    await expectSuccess('npm', ['install', '--global', generatorTarball], outside, env);
    const dir = workDir('global');
    await expectSuccess(
      join(prefix, 'bin', 'service-kit'),
      [...generateArgs('global-svc'), '--skip-install'],
      dir,
    );
    await installDependencies(join(dir, 'global-svc'));
    await expectRuns(join(dir, 'global-svc'));
  },
  5 * MINUTES,
);

describe('npm link of the unpacked package', () => {
  const { prefix, env } = prefixFor('link');
  const source = join(outside, 'link-source');

  beforeAll(async () => {
    mkdirSync(source);
    await expectSuccess('tar', ['xzf', generatorTarball, '-C', source], outside);
    // As in a clone: install, then link (npm link does not install a linked package's dependencies).
    const unpacked = join(source, 'package');
    await expectSuccess('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], unpacked);
    await expectSuccess('npm', ['link'], unpacked, env);
  }, 5 * MINUTES);

  it(
    'runs service-kit from the link',
    async () => {
      const dir = workDir('link');
      await expectSuccess(
        join(prefix, 'bin', 'service-kit'),
        [...generateArgs('link-svc'), '--skip-install'],
        dir,
      );
      await installDependencies(join(dir, 'link-svc'));
      await expectRuns(join(dir, 'link-svc'));
    },
    5 * MINUTES,
  );

  describe('and yo, installed beside it', () => {
    // yo will not run as root: it drops to an unprivileged user, which needs a home and
    // a working directory it can write (docs/getting-started.md says so).
    const home = join(outside, 'yo-home');
    const yo = (args: string[], cwd: string) =>
      expectSuccess(join(prefix, 'bin', 'yo'), args, cwd, { HOME: home });

    beforeAll(async () => {
      await expectSuccess('npm', ['install', '--global', `yo@${YO_VERSION}`], outside, env);
      mkdirSync(home);
      chmodSync(home, 0o777);
    }, 5 * MINUTES);

    it(
      'yo service-kit generates a service that runs',
      async () => {
        const dir = workDir('yo');
        chmodSync(dir, 0o777);
        // --skip-install: the unprivileged user has no npm cache; the install runs as we do.
        await yo(['service-kit', ...generateArgs('yo-svc'), '--skip-install'], dir);
        const project = join(dir, 'yo-svc');
        await installDependencies(project);
        await expectRuns(project);
      },
      5 * MINUTES,
    );

    it('yo service-kit --help lists the options service-kit --help does', async () => {
      const viaYo = await yo(['service-kit', '--help'], workDir('yo-help'));
      const direct = await expectSuccess(join(prefix, 'bin', 'service-kit'), ['--help'], outside);
      const options = (help: string) => help.slice(help.indexOf('Options:'));
      expect(options(viaYo).trim()).toBe(options(direct).trim());
      expect(viaYo).toContain('Usage: yo service-kit <name> [options]');
    });
  });
});

describe('from a registry, as published', () => {
  let registry: LocalRegistry;

  beforeAll(async () => {
    registry = await startLocalRegistry(workDir('registry'));
    await registry.publish(generatorTarball);
    await registry.publish(createTarball);
  }, 5 * MINUTES);
  afterAll(() => registry.stop());

  it(
    'npm create service-kit@latest generates a service that runs',
    async () => {
      const dir = workDir('create');
      // Flags after `--` reach the generator; npm reads those before it.
      const args = ['create', 'service-kit@latest', 'create-svc', '--', '--preset', 'minimal'];
      const output = await expectSuccess('npm', [...args, '--yes', '--skip-install'], dir, {
        ...registry.env,
        npm_config_yes: 'true',
      });
      expect(output).toContain('create-svc is ready');
      const project = join(dir, 'create-svc');
      await installDependencies(project);
      await expectRuns(project);
    },
    10 * MINUTES,
  );

  it(
    'npx generator-service-kit@latest runs the CLI, the package having one bin',
    async () => {
      const output = await expectSuccess(
        'npx',
        ['--yes', 'generator-service-kit@latest', '--help'],
        workDir('npx-latest'),
        registry.env,
      );
      expect(output).toContain('Usage: service-kit <name> [options]');
    },
    5 * MINUTES,
  );
});
