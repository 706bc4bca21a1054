// Runs the combination tiers with a scope of their own:
//   npm run test:matrix                      the covering subset `npm test` runs
//   npm run test:matrix -- --all             every valid combination
//   npm run test:matrix -- --strength 3      a 3-wise covering
//   npm run test:matrix -- --shard 2/4       the second of four slices, to spread a run over machines
//   npm run test:feature -- auth-hawk [...]  the change loop: the smallest project of each
//       value whose plan holds the feature (lint, types) and every covering combination
//       that holds it (lint, types, tests, boot)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

let values;
let positionals;
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      all: { type: 'boolean' },
      strength: { type: 'string' },
      shard: { type: 'string' },
      feature: { type: 'boolean' },
    },
  }));
} catch (error) {
  console.error(
    `test:matrix: ${error.message} (known: --all, --strength t, --shard k/n, --feature NAME...)`,
  );
  process.exit(2);
}
if (Boolean(values.feature) !== positionals.length > 0) {
  console.error('test:feature: name the features changed, e.g. npm run test:feature -- auth-hawk');
  process.exit(2);
}

const env = {
  ...process.env,
  NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning',
  ...(values.all && { MATRIX_ALL: '1' }),
  ...(values.strength && { MATRIX_STRENGTH: values.strength }),
  ...(values.shard && { MATRIX_SHARD: values.shard }),
  ...(values.feature && { MATRIX_FEATURES: positionals.join(',') }),
};
const files = values.feature
  ? ['test/matrix/features-alone.test.ts', 'test/matrix/matrix.test.ts']
  : ['test/matrix/matrix.test.ts'];
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, '--verbose', '--runInBand', ...files], {
  env,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
