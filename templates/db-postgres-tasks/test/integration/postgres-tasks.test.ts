import { dbMigrateTask } from '../../src/tasks/postgres-tasks.js';
import { testDeps } from '../helpers/test-deps.js';

describe('the db-migrate task', () => {
  it('applies what is pending and nothing twice', async () => {
    // testDeps has prepared the embedded database, which migrates at start.
    const deps = await testDeps();
    await expect(dbMigrateTask.run({}, deps)).resolves.toEqual({ applied: [] });
    const { rows } = await deps.database.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM schema_migrations',
    );
    expect(rows[0]?.count).toBeGreaterThan(0);
  });
});
