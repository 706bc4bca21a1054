import { parse } from 'yaml';
import { ciWorkflow } from '../../generators/ci-github/ci-workflow.js';
import { composeFile } from '../../generators/docker/compose.js';
import { answerDefaults } from '../../generators/lib/answers.js';
import { planProject } from '../../generators/lib/plan.js';
import { secretValues } from '../../generators/secrets/environment-values.js';

const { merged } = planProject({
  ...answerDefaults,
  name: 'svc',
  database: 'postgres',
  auth: ['hawk'],
  modes: ['task', 'worker', 'beat'],
});

describe('the compose files', () => {
  const dev = parse(composeFile('svc', merged, 'dev')) as {
    services: Record<string, { environment?: Record<string, string | null>; restart?: string }>;
  };

  it('run the app, each run mode and each backing service', () => {
    expect(Object.keys(dev.services)).toEqual([
      'app',
      'task',
      'worker',
      'beat',
      'postgres',
      'redis',
    ]);
    expect(dev.services.worker?.environment).toMatchObject({
      APP_RUN_MODE: 'WORKER',
      REDIS_URL: 'redis://redis:6379',
      DATABASE_URL: 'postgres://postgres:postgres@postgres:5432/app',
    });
    // Listed without a value: taken from whoever starts the container.
    expect(dev.services.task?.environment).toHaveProperty('APP_TASK_LIST', null);
  });

  it('take the secrets of the production stack from whoever starts it, and hold none', () => {
    const prod = parse(composeFile('svc', merged, 'prod')) as typeof dev;
    expect(prod.services.app?.environment).toMatchObject({ NODE_ENV: 'production' });
    expect(prod.services.app?.environment).toHaveProperty('DB_PASSWORD', null);
    expect(dev.services.app?.environment).not.toHaveProperty('DB_PASSWORD');
  });

  it('publish every port on a host port its variable can move', () => {
    expect(dev.services.app).toMatchObject({ ports: ['${APP_HOST_PORT:-3000}:3000'] });
    expect(dev.services.postgres).toMatchObject({ ports: ['${POSTGRES_HOST_PORT:-5432}:5432'] });
  });

  it('quote what a YAML 1.1 reader would take for a boolean', () => {
    expect(composeFile('svc', merged, 'prod')).toContain("restart: 'no'");
  });
});

describe('the secrets values', () => {
  const values = secretValues(merged.env);

  it('give every variable a value in every environment', () => {
    for (const environment of Object.values(values)) {
      expect(Object.keys(environment)).toEqual(merged.env.map(({ name }) => name));
    }
  });

  it('start secrets empty, except the stack’s own in docker', () => {
    expect(values.local.DATABASE_URL).toBe('');
    expect(values.prod.DATABASE_URL).toBe('');
    expect(values.docker.DATABASE_URL).toBe('postgres://postgres:postgres@postgres:5432/app');
    expect(values.prod.NODE_ENV).toBe('production');
  });
});

it('CI points the tests at the service containers', () => {
  const workflow = parse(ciWorkflow(merged.composeServices)) as {
    jobs: { tests: { services: Record<string, unknown>; env: Record<string, string> } };
  };
  expect(Object.keys(workflow.jobs.tests.services)).toEqual(['postgres', 'redis']);
  expect(workflow.jobs.tests.env).toEqual({
    DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5432/app',
    REDIS_URL: 'redis://127.0.0.1:6379',
  });
});

it('the CI workflow runs the test steps features add after the tiers', () => {
  const step = { name: 'browser tests', run: 'npm run test:browser', env: { X: '1' } };
  const workflow = parse(ciWorkflow([], [step])) as {
    jobs: { tests: { steps: { name?: string; run?: string }[] } };
  };
  const { steps } = workflow.jobs.tests;
  expect(steps.at(-2)).toMatchObject({ name: 'smoke tests' });
  expect(steps.at(-1)).toEqual(step);
});
