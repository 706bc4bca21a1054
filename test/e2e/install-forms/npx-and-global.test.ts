import { join } from 'node:path';
import { alarmingLines } from '../../helpers/alarming-lines.js';
import { expectSuccess } from '../../helpers/run-command.js';
import {
  expectBinGeneratesService,
  expectRuns,
  generateArgs,
  MINUTES,
  packed,
  type Packed,
} from './packed.js';

/** npx and a global install of the packed generator, each generating a service that runs. */

let packs: Packed;
beforeAll(async () => {
  packs = await packed('npx');
}, 2 * MINUTES);

it(
  'npx --package <tarball> service-kit generates a service that runs',
  async () => {
    const dir = packs.workDir('npx');
    const output = await expectSuccess(
      'npx',
      ['--yes', '--package', packs.generatorTarball, 'service-kit', ...generateArgs('npx-svc')],
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
    const { prefix, env } = packs.prefixFor('global');
    await expectSuccess('npm', ['install', '--global', packs.generatorTarball], packs.outside, env);
    await expectBinGeneratesService(join(prefix, 'bin'), packs, 'global');
  },
  5 * MINUTES,
);
