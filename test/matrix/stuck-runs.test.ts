import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINUTES } from '../helpers/process-group.js';
import { runCommand } from '../helpers/run-command.js';
import { tempDir } from '../helpers/run-cli.js';
import { generateEntry } from './matrix-run.js';
import { installShared, linkModules } from './shared-modules.js';

/**
 * A generated project's `npm test` ends however its tests fail: a test file
 * whose setup throws with the embedded DynamoDB open, and a test that never
 * settles holding it open, each fail by name, and the run exits 1 instead of
 * waiting on what they left open (the project's jest reporter ends it).
 */

const failedSetup = `import { dynamoEngines } from '../helpers/test-dynamodb.js';

let opened: unknown;
beforeAll(async () => {
  opened = await dynamoEngines()[0]!.open();
  throw new Error('setup failed on purpose, the engine open');
});

it('needs what the setup opened', () => expect(opened).toBeDefined());
`;

const neverSettles = `import { dynamoEngines } from '../helpers/test-dynamodb.js';

// No timeout of its own: the project's jest configuration is what must end it.
it('never settles, the engine open', async () => {
  await dynamoEngines()[0]!.open();
  await new Promise(() => undefined);
});
`;

it(
  'ends a generated run whose tests fail with an engine open, naming each test',
  async () => {
    const dir = tempDir('stuck');
    const entry = { name: 'stuck', answers: { database: 'dynamodb' }, label: 'dynamodb' };
    const [project, modules] = await Promise.all([
      generateEntry(entry, dir, 'stuck-runs'),
      installShared(),
    ]);
    linkModules(project, modules);
    mkdirSync(join(project, 'test', 'stuck'));
    writeFileSync(join(project, 'test', 'stuck', 'failed-setup.test.ts'), failedSetup);
    writeFileSync(join(project, 'test', 'stuck', 'never-settles.test.ts'), neverSettles);

    // The project's own jest and configuration, on these two files alone. The target: an
    // injected hang fails, named, within five minutes; here it must end by itself before that.
    const jest = {
      NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning',
    };
    const run = await runCommand('npx', ['jest', 'test/stuck'], project, jest, {
      deadlineMs: 5 * MINUTES,
      name: 'the stuck project’s tests',
    });
    expect(run.timedOut).toBeUndefined();
    expect(run.code).toBe(1);
    expect(run.output).toContain('setup failed on purpose, the engine open');
    expect(run.output).toContain('never settles, the engine open');
    expect(run.output).toMatch(/Exceeded timeout of \d+ ms for a test/);
    expect(run.output).toContain('The run failed and left something open; ending it.');
  },
  10 * MINUTES,
);
