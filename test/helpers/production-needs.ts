import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { firstTask } from './container-checks.js';
import { ensureBaseImage, freePort, podman, podmanOk } from './containers.js';
import { ensureRedis, freshPostgresSchema } from './machine-services.js';
import { randomBytes } from 'node:crypto';
import { signalGroup, spawnGroup } from './process-group.js';
import { ensureStandIns } from './stand-in-images.js';

/** Resolves once something answers HTTP on `port`; a server that never does fails in 20 s, by name. */
async function waitForPort(port: number) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the S3-compatible server on port ${port} did not answer in 20 s`);
}

/** The variables the README's "What production needs" table lists. */
export function neededInProduction(readme: string): string[] {
  const section = readme.split('### What production needs')[1]?.split(/\n#+ /)[0];
  if (section === undefined) throw new Error('the README has no "What production needs"');
  return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((match) => match[1]!);
}

const machineRedis = async () => ({ REDIS_URL: await ensureRedis() });

/**
 * This machine's Redis where the project's README says production needs
 * REDIS_URL (Hawk's nonces), for a production start that takes its other
 * values elsewhere; nothing otherwise.
 */
export async function redisIfNeeded(project: string): Promise<Record<string, string>> {
  const needed = neededInProduction(readFileSync(join(project, 'README.md'), 'utf8'));
  return needed.includes('REDIS_URL') ? machineRedis() : {};
}

/**
 * The environment a production container of `project` starts with: each
 * variable its README says production needs, with a value that works on
 * this machine, and nothing else but what the platform would provide
 * beside it (credentials, a database already migrated or tables already
 * made; where the project has a TASK mode with db-create, its job makes
 * the tables, as a deploy runs it first). Made once, on first use.
 */
export function productionNeeds(project: string, name: string, hasTaskMode: boolean) {
  const dynamodbLocal = `${name}-image-dynamodb`;
  let made: Promise<Record<string, string>> | undefined;

  let s3Server: ReturnType<typeof spawnGroup> | undefined;

  afterAll(() => podman(['rm', '--force', dynamodbLocal]));
  afterAll(() => s3Server && signalGroup(s3Server, 'SIGTERM'));

  const valueOf: Record<string, () => Promise<Record<string, string>>> = {
    ENCRYPTION_KEY: () => Promise.resolve({ ENCRYPTION_KEY: randomBytes(32).toString('hex') }),
    DATABASE_URL: async () => ({
      DATABASE_URL: await freshPostgresSchema(`e2e_${name.replaceAll('-', '_')}_image`),
      MIGRATE_ON_START: 'true',
    }),
    // AWS is out of reach: its alternative, DYNAMODB_ENDPOINT, is the DynamoDB Local stand-in
    // on the host's network, in memory, with the image the project's compose file names.
    DYNAMODB_REGION: async () => {
      const compose = parse(readFileSync(join(project, 'docker-compose.yml'), 'utf8')) as {
        services: { dynamodb: { image: string } };
      };
      const { image } = compose.services.dynamodb;
      await ensureStandIns([image], await ensureBaseImage(project, 'Dockerfile.prod'));
      const port = await freePort();
      const run = ['run', '-d', '--name', dynamodbLocal, image];
      await podmanOk([...run, '-jar', 'DynamoDBLocal.jar', '-inMemory', '-port', String(port)]);
      return {
        DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}`,
        // As the chart sets it: the tables are the TASK job's to make, where there is one.
        DYNAMODB_CREATE_TABLES: String(!hasTaskMode || firstTask(project) !== 'db-create'),
        DYNAMODB_ACCESS_KEY_ID: 'local',
        DYNAMODB_SECRET_ACCESS_KEY: 'local',
      };
    },
    REDIS_URL: machineRedis,
    // S3 is out of reach: its alternative, an S3-compatible server, is the project's own
    // s3rver (a devDependency of its tests) on the host's network, with one empty bucket.
    APPDATA_BUCKET: async () => {
      const port = await freePort();
      const bin = join(project, 'node_modules', 's3rver', 'bin', 's3rver.js');
      const data = mkdtempSync(join(tmpdir(), `${name}-s3-`));
      const args = ['-d', data, '-a', '127.0.0.1', '-p', String(port), '--silent'];
      s3Server = spawnGroup(process.execPath, [bin, ...args, '--configure-bucket', 'e2e-files'], {
        stdio: 'ignore',
      });
      await waitForPort(port);
      return {
        APPDATA_BUCKET: 'e2e-files',
        APPDATA_ENDPOINT: `http://127.0.0.1:${port}`,
        APPDATA_ACCESS_KEY_ID: 'S3RVER',
        APPDATA_SECRET_ACCESS_KEY: 'S3RVER',
      };
    },
  };

  async function make(): Promise<Record<string, string>> {
    const env: Record<string, string> = {};
    for (const variable of neededInProduction(readFileSync(join(project, 'README.md'), 'utf8'))) {
      const value = valueOf[variable];
      if (!value)
        throw new Error(`the README says production needs ${variable}; give the test a value`);
      Object.assign(env, await value());
    }
    return env;
  }

  return () => (made ??= make());
}
