import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { expectSuccess, runCommand } from '../helpers/run-command.js';
import {
  cliArgs,
  combinations,
  plannedFeatures,
  type Combination,
} from '../helpers/combinations.js';
import { composeStackChecks } from '../helpers/compose-checks.js';
import { productionImageChecks } from '../helpers/container-checks.js';
import { productionNeeds } from '../helpers/production-needs.js';
import { deprecatedIn, productionPackages } from '../helpers/production-dependencies.js';
import { ensurePostgres, ensureRedis, freshPostgresSchema } from '../helpers/machine-services.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { operationsChecks } from '../helpers/operations-checks.js';
import { startService } from '../helpers/start-service.js';

/**
 * The test that proves the templates honest: each combination is generated
 * by the real CLI, installed by it, then must pass its own lint, type-check
 * and tests, and must serve and shut down cleanly. A feature adds its
 * combination to test/helpers/combinations.ts.
 */

const MINUTES = 60_000;

/** The database a combination ends up with, as the generator plans it. */
function databaseOf(combination: Combination): string {
  const database = plannedFeatures(combination).find(
    (feature) => feature === 'db-postgres' || feature === 'db-dynamodb',
  );
  return database ? database.slice('db-'.length) : 'none';
}

/** The secret variables a production stack takes from whoever starts it; each file uses its own. */
const stackSecrets = {
  ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  APP_SECRET_KEY: randomBytes(32).toString('base64url'),
  API_KEYS: 'e2e-compose-key-0123456789',
};

describe.each(combinations)('a generated $name project', (combination) => {
  const project = join(tempDir(`e2e-${combination.name}`), `${combination.name}-svc`);
  const npm = (...script: string[]) => expectSuccess('npm', script, project);
  const database = databaseOf(combination);

  let installOutput = '';

  beforeAll(async () => {
    const generated = await runCli(cliArgs(combination, join(project, '..')), join(project, '..'));
    if (generated.code !== 0) throw new Error(`generation failed:\n${generated.output}`);
    expect(generated.output).toContain('Running npm install');
    installOutput = generated.output;
    for (const feature of combination.add ?? []) {
      const added = await runCli(['add', feature], project);
      if (added.code !== 0) throw new Error(`adding ${feature} failed:\n${added.output}`);
    }
  }, 10 * MINUTES);

  // npm audit cannot reach an advisory database from here: few, current dependencies instead.
  it('installs no deprecated production dependency', async () => {
    const production = await productionPackages(project);
    console.log(`${combination.name}: ${production.size} production packages`);
    expect(deprecatedIn(installOutput).filter((name) => production.has(name))).toEqual([]);
  });

  it('passes its own lint', () => npm('run', 'lint'), 5 * MINUTES);
  it('type-checks', () => npm('run', 'typecheck'), 5 * MINUTES);
  // With the machine's Redis and PostgreSQL, so the tests that share state through
  // Redis, and the database adapters' real-server runs, run too.
  it(
    'passes its own tests',
    async () => {
      const output = await expectSuccess('npm', ['test', '--', '--verbose'], project, {
        REDIS_URL: await ensureRedis(),
        DATABASE_URL: await ensurePostgres(),
      });
      expect(output).not.toMatch(/\d+ skipped/);
      if (database === 'postgres')
        expect(output).toContain('on the PostgreSQL server at DATABASE_URL');
    },
    5 * MINUTES,
  );

  it(
    'builds, serves /healthcheck and exits 0 on SIGTERM',
    async () => {
      await npm('run', 'build');
      // In production a database must be a server: PostgreSQL's is this machine's, in a
      // schema of its own; AWS cannot be reached from here, so DynamoDB runs embedded.
      const service = await startService(project, await productionDatabase(database, combination));
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

  if (combination.name === 'operations') {
    describe('run the way its containers run it', () => operationsChecks(project));
  }

  if (combination.name === 'ops-reports') {
    // Installs Debian's chromium first where it is missing (the project's own test setup does).
    it(
      'passes its browser tests in chromium, with no serious accessibility problems',
      async () => {
        const output = await npm('run', 'test:browser');
        expect(output).toContain('1 passed');
      },
      15 * MINUTES,
    );

    it(
      'takes reports with an API key and answers badges from them, on its embedded database',
      async () => {
        const apiKey = 'e2e-sender-key-0123456789';
        const service = await startService(project, {
          NODE_ENV: 'development',
          API_KEYS: apiKey,
        });
        try {
          // A development start on an empty database shows sample reports until a real upload.
          const sampleBadge = `${service.url}/api/v2/compliant-repository/alpha-api-0001`;
          expect((await fetch(sampleBadge)).status).toBe(200);
          // As the current sender posts: flat reports, each a JSON string.
          const report = {
            default_branch: 'main',
            infractions: [],
            is_private: false,
            last_push: '2026-01-05T09:30:00Z',
            name: 'e2e-repository',
            report: Object.fromEntries(reportStandards.map((standard) => [standard, true])),
            status: true,
            url: 'https://github.com/example-org/e2e-repository',
            topics: [],
          };
          const posted = await fetch(`${service.url}/api/v2/update-github-reports`, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'User-Agent': 'reports-service-layer',
              'X-API-KEY': apiKey,
            },
            body: JSON.stringify([JSON.stringify(report)]),
          });
          expect(await posted.json()).toEqual({ message: 'GitHub reports updated', count: 1 });
          expect((await fetch(sampleBadge)).status).toBe(404);
          const badge = await fetch(`${service.url}/api/v2/compliant-repository/e2e-repository`);
          expect(await badge.json()).toMatchObject({ label: 'MoJ Compliant', message: 'PASS' });
        } finally {
          expect(await service.stop('SIGTERM')).toBe(0);
        }
      },
      5 * MINUTES,
    );

    it(
      'prints its benchmark figures, the reports upload and pages among them',
      async () => {
        const output = await expectSuccess('npm', ['run', 'bench'], project, {
          BENCH_SECONDS: '1',
        });
        for (const route of [
          'GET /healthcheck',
          'POST 2000 reports',
          'GET /all-public-repositories.html',
          'POST 2500 by 10s, total [\\d.]+ s',
        ])
          expect(output).toMatch(new RegExp(`${route} +\\d+ req/s .* errors 0`));
      },
      5 * MINUTES,
    );

    it('refuses to start with a key other than the one its reports were sealed with', async () => {
      // The starts above sealed the embedded reports with the development key.
      const result = await runCommand(process.execPath, ['dist/main.js'], project, {
        NODE_ENV: 'development',
        PORT: '0',
        ENCRYPTION_KEY: 'ab'.repeat(32),
      });
      expect(result.code).toBe(1);
      expect(result.output).toContain('ENCRYPTION_KEY is not the key the reports in');
    });
  }

  if (database !== 'none' && combination.name !== 'ops-reports') {
    it(
      'serves data from its embedded database, which keeps what an earlier process wrote',
      async () => {
        const development = { NODE_ENV: 'development' };
        const user = ['--id', 'e2e', '--key', 'e2e-key-0123456789abcdef'];
        await expectSuccess(
          'npm',
          ['run', 'manage', '--', 'add-hawk-user', ...user],
          project,
          development,
        );
        const service = await startService(project, development);
        try {
          const url = `${service.url}/get-data-authenticated?orientation=records`;
          const request = ['run', 'manage', '--', 'hawk-request', '--url', url, ...user];
          const output = await expectSuccess('npm', request, project, development);
          expect(output).toContain('"country":"Austria"');
          expect(output).toContain('"authenticated":true');
        } finally {
          expect(await service.stop('SIGTERM')).toBe(0);
        }
      },
      5 * MINUTES,
    );
  }

  const features = plannedFeatures(combination);
  if (features.includes('docker')) {
    // Last, so the build's image holds what every run above left in the project.
    const modes = features.filter((feature) => feature.startsWith('mode-'));
    describe('its production image, built and run by podman', () =>
      productionImageChecks(
        project,
        combination.name,
        productionNeeds(project, combination.name),
        modes.map((feature) => feature.slice('mode-'.length).toUpperCase()),
      ));
    describe('its development stack, run by podman-compose', () =>
      composeStackChecks(project, 'docker-compose.yml'));
    describe('its production stack, run by podman-compose', () =>
      composeStackChecks(project, 'docker-compose.prod.yml', stackSecrets));
  }
});

/** The eight standards the current reports sender checks. */
const reportStandards = [
  'administrators_require_review',
  'default_branch_main',
  'has_default_branch_protection',
  'has_description',
  'has_license',
  'has_require_approvals_enabled',
  'issues_section_enabled',
  'requires_approving_reviews',
];

/** What a production start needs for the combination's database. */
async function productionDatabase(
  database: string,
  combination: Combination,
): Promise<Record<string, string>> {
  if (database === 'dynamodb') return { NODE_ENV: 'development' };
  if (database !== 'postgres') return {};
  const schema = `e2e_${combination.name.replaceAll('-', '_')}`;
  return { DATABASE_URL: await freshPostgresSchema(schema), MIGRATE_ON_START: 'true' };
}
