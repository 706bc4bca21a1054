import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectSuccess } from '../../helpers/run-command.js';
import {
  expectBinGeneratesService,
  expectRuns,
  generateArgs,
  installDependencies,
  MINUTES,
  packed,
  type Packed,
} from './packed.js';

/** `npm link` of the unpacked package, as from a clone, and `yo service-kit` beside it. */

// The Yeoman CLI a `yo service-kit` user has; only this test installs it.
const YO_VERSION = '7.0.1';

let packs: Packed;
let prefix: string;
beforeAll(async () => {
  packs = await packed('link');
  const form = packs.prefixFor('link');
  prefix = form.prefix;
  const source = join(packs.outside, 'link-source');
  mkdirSync(source);
  await expectSuccess('tar', ['xzf', packs.generatorTarball, '-C', source], packs.outside);
  // As in a clone: install, then link (npm link does not install a linked package's dependencies).
  const unpacked = join(source, 'package');
  await expectSuccess('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], unpacked);
  await expectSuccess('npm', ['link'], unpacked, form.env);
}, 5 * MINUTES);

it(
  'runs service-kit from the link',
  async () => {
    await expectBinGeneratesService(join(prefix, 'bin'), packs, 'link');
  },
  5 * MINUTES,
);

describe('and yo, installed beside it', () => {
  // yo will not run as root: it drops to an unprivileged user, which needs a home and
  // a working directory it can write (docs/getting-started.md says so).
  let home: string;
  const yo = (args: string[], cwd: string) =>
    expectSuccess(join(prefix, 'bin', 'yo'), args, cwd, { HOME: home });

  beforeAll(async () => {
    home = join(packs.outside, 'yo-home');
    const { env } = packs.prefixFor('link');
    await expectSuccess('npm', ['install', '--global', `yo@${YO_VERSION}`], packs.outside, env);
    mkdirSync(home);
    chmodSync(home, 0o777);
  }, 5 * MINUTES);

  it(
    'yo service-kit generates a service that runs',
    async () => {
      const dir = packs.workDir('yo');
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
    const viaYo = await yo(['service-kit', '--help'], packs.workDir('yo-help'));
    const direct = await expectSuccess(
      join(prefix, 'bin', 'service-kit'),
      ['--help'],
      packs.outside,
    );
    const options = (help: string) => help.slice(help.indexOf('Options:'));
    expect(options(viaYo).trim()).toBe(options(direct).trim());
    expect(viaYo).toContain('Usage: yo service-kit <name> [options]');
  });
});
