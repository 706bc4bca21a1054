import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { firstTask } from './container-checks.js';
import { ensureBaseImage, freePort, podman, podmanOk } from './containers.js';
import { freshPostgresSchema } from './machine-services.js';
import { randomBytes } from 'node:crypto';
import { ensureStandIns } from './stand-in-images.js';

/** The variables the README's "What production needs" table lists. */
export function neededInProduction(readme: string): string[] {
  const section = readme.split('### What production needs')[1]?.split(/\n#+ /)[0];
  if (section === undefined) throw new Error('the README has no "What production needs"');
  return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((match) => match[1]!);
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

  afterAll(() => podman(['rm', '--force', dynamodbLocal]));

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
