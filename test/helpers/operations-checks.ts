import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { ensureRedis, freshPostgresSchema } from './machine-services.js';
import { expectSuccess, runCommand } from './run-command.js';
import { productionFiles, startService } from './start-service.js';

const MINUTES = 60_000;
const apiKey = 'e2e-operations-key-0123456789';

/**
 * The operations combination run the way its containers run it: each mode
 * through scripts/entrypoint.sh from the build, against this machine's
 * PostgreSQL (in a schema of its own) and Redis, the web mode queueing what
 * the worker runs. Called inside the generated-project suite, on its project.
 */
export function operationsChecks(project: string): void {
  let env: Record<string, string>;
  // The build the suite made and booted before these checks: every mode runs from it.
  beforeAll(async () => {
    env = {
      NODE_ENV: 'production',
      DATABASE_URL: await freshPostgresSchema('e2e_operations_modes'),
      REDIS_URL: await ensureRedis(),
      TASK_QUEUE: `e2e-${randomUUID()}`,
      API_KEYS: apiKey,
      ...productionFiles,
    };
  }, 5 * MINUTES);

  const entrypoint = (mode: string, extra: Record<string, string> = {}) =>
    runCommand('sh', ['scripts/entrypoint.sh'], project, { ...env, APP_RUN_MODE: mode, ...extra });

  it('TASK runs APP_TASK_LIST in order and exits 0', async () => {
    const result = await entrypoint('TASK', { APP_TASK_LIST: 'db-migrate; train-model epochs=50' });
    expect(result.code).toBe(0);
    expect(result.output.match(/"msg":"task done"/g)).toHaveLength(2);
  });

  it('TASK exits 2 for an unknown task, and the entrypoint 2 for an unknown mode', async () => {
    expect((await entrypoint('TASK', { APP_TASK_LIST: 'no-such-task' })).code).toBe(2);
    const unknown = await entrypoint('DANCE');
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('unknown APP_RUN_MODE "DANCE"; valid: BEAT TASK WEB WORKER');
  });

  it(
    'WORKER runs the task the web mode queued, and both drain on SIGTERM',
    async () => {
      const web = await startService(project, { ...env, MIGRATE_ON_START: 'true' });
      const worker = await startService(
        project,
        { ...env, APP_RUN_MODE: 'WORKER' },
        'worker ready',
      );
      try {
        const queued = await fetch(`${web.url}/train-model`, {
          method: 'POST',
          headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
          body: JSON.stringify({ epochs: 100 }),
        });
        expect(queued.status).toBe(202);
        const { task_id: id } = (await queued.json()) as { task_id: string };
        let status: { state: string; result?: unknown } = { state: 'queued' };
        while (!['succeeded', 'failed'].includes(status.state)) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const response = await fetch(`${web.url}/tasks/${id}`, {
            headers: { 'x-api-key': apiKey },
          });
          status = (await response.json()) as typeof status;
        }
        expect(status).toMatchObject({ state: 'succeeded', result: { epochs: 100 } });
      } finally {
        expect(await worker.stop('SIGTERM')).toBe(0);
        expect(await web.stop('SIGTERM')).toBe(0);
      }
    },
    5 * MINUTES,
  );

  it('BEAT writes the schedule into Redis and exits 0', async () => {
    const result = await entrypoint('BEAT');
    expect(result.code).toBe(0);
    expect(result.output).toContain('"upserted":["train-model-nightly"]');
  });

  it('compiles secrets for every environment', async () => {
    await expectSuccess('npm', ['run', 'secrets', '--', '--all'], project);
    const compiled = readdirSync(project).filter(
      (file) => file.startsWith('.env.') && file !== '.env.example',
    );
    expect(compiled.sort()).toEqual([
      '.env.develop',
      '.env.docker',
      '.env.local',
      '.env.prod',
      '.env.staging',
    ]);
  });

  it('lists the menu’s commands and exits 2 where there is no terminal to ask', async () => {
    const result = await runCommand('npm', ['run', 'menu'], project);
    expect(result.code).toBe(2);
    expect(result.output).toContain('npm run secrets --');
  });
}
