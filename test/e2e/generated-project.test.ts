import { join } from 'node:path';
import { expectSuccess, runCommand } from '../helpers/run-command.js';
import { cliArgs, combinations } from '../helpers/combinations.js';
import { ensureRedis } from '../helpers/machine-services.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { startService } from '../helpers/start-service.js';

/**
 * The test that proves the templates honest: each combination is generated
 * by the real CLI, installed by it, then must pass its own lint, type-check
 * and tests, and must serve and shut down cleanly. A feature adds its
 * combination to test/helpers/combinations.ts.
 */

const MINUTES = 60_000;

describe.each(combinations)('a generated $name project', (combination) => {
  const project = join(tempDir(`e2e-${combination.name}`), `${combination.name}-svc`);
  const npm = (...script: string[]) => expectSuccess('npm', script, project);

  beforeAll(async () => {
    const generated = await runCli(cliArgs(combination, join(project, '..')), join(project, '..'));
    if (generated.code !== 0) throw new Error(`generation failed:\n${generated.output}`);
    expect(generated.output).toContain('Running npm install');
    for (const feature of combination.add ?? []) {
      const added = await runCli(['add', feature], project);
      if (added.code !== 0) throw new Error(`adding ${feature} failed:\n${added.output}`);
    }
  }, 10 * MINUTES);

  it('passes its own lint', () => npm('run', 'lint'), 5 * MINUTES);
  it('type-checks', () => npm('run', 'typecheck'), 5 * MINUTES);
  // With the machine's Redis, so the tests that share state through it run too.
  it(
    'passes its own tests',
    async () => {
      const output = await expectSuccess('npm', ['test'], project, {
        REDIS_URL: await ensureRedis(),
      });
      expect(output).not.toMatch(/\d+ skipped/);
    },
    5 * MINUTES,
  );

  it(
    'builds, serves /healthcheck and exits 0 on SIGTERM',
    async () => {
      await npm('run', 'build');
      const service = await startService(project);
      try {
        const response = await fetch(`${service.url}/healthcheck`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ status: 'OK' });
      } finally {
        expect(await service.stop('SIGTERM')).toBe(0);
      }
    },
    5 * MINUTES,
  );

  it('refuses to start on a bad environment, naming each variable', async () => {
    const result = await runCommand(process.execPath, ['dist/main.js'], project, {
      PORT: 'x',
      LOG_LEVEL: 'loud',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('PORT: invalid, expected a TCP port');
    expect(result.output).toContain('LOG_LEVEL: invalid, expected one of');
  });
});
