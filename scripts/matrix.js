// Runs the combination matrix (test/matrix/matrix.test.ts) with a scope of
// its own: `npm run test:matrix` is the covering subset `npm test` runs;
// `-- --all` every valid combination; `-- --strength 3` a 3-wise covering;
// `-- --shard 2/4` the second of four slices, to spread a run over machines.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

let values;
try {
  ({ values } = parseArgs({
    options: {
      all: { type: 'boolean' },
      strength: { type: 'string' },
      shard: { type: 'string' },
    },
  }));
} catch (error) {
  console.error(`test:matrix: ${error.message} (known: --all, --strength t, --shard k/n)`);
  process.exit(2);
}

const env = {
  ...process.env,
  NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning',
  ...(values.all && { MATRIX_ALL: '1' }),
  ...(values.strength && { MATRIX_STRENGTH: values.strength }),
  ...(values.shard && { MATRIX_SHARD: values.shard }),
};
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, '--verbose', 'test/matrix/matrix.test.ts'], {
  env,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
