import { readdirSync } from 'node:fs';
import { dbMigrateTask } from '../../src/tasks/postgres-tasks.js';
import { testDeps } from '../helpers/test-deps.js';

// The migrations this project has: none until a feature or a person adds one.
const migrations = readdirSync('migrations').filter((file) => file.endsWith('.sql'));

describe('the db-migrate task', () => {
  it('applies what is pending and nothing twice', async () => {
    // testDeps has prepared the embedded database, which migrates at start.
    const deps = await testDeps();
    await expect(dbMigrateTask.run({}, deps)).resolves.toEqual({ applied: [] });
    const { rows } = await deps.database.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM schema_migrations',
    );
    expect(rows[0]?.count).toBe(migrations.length);
  });
});
