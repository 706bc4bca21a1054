import { Migration, runner } from 'node-pg-migrate';
import type { ClientBase } from 'pg';
import type { Logger } from '../logger.js';
import type { Database } from './sql.js';

/** SQL files, `<utc timestamp>_<name>.sql`, with `-- Up Migration` and `-- Down Migration` sections. */
export const MIGRATIONS_DIR = 'migrations';
/** Where applied migrations are recorded. */
const HISTORY_TABLE = 'schema_migrations';

/**
 * Applies pending migrations (`up`) or undoes the latest `count` (`down`),
 * with node-pg-migrate: in file order, each in its own transaction together
 * with its history row, under an advisory lock that a second instance
 * starting at the same moment waits on. Works the same on PGlite, since
 * node-pg-migrate only sends SQL over the one session it is given.
 * Resolves to the names of the migrations run.
 */
export async function migrate(
  database: Database,
  logger: Logger,
  direction: 'up' | 'down',
  { count, dir = MIGRATIONS_DIR }: { count?: number; dir?: string } = {},
): Promise<string[]> {
  const log = logger.child({ component: 'migrations' });
  const ran = await database.session(async (session) => {
    // node-pg-migrate would use `public`; the connection's own schema keeps one history per schema.
    const { rows } = await session.query<{ schema: string }>('SELECT current_schema() AS schema');
    const schema = rows[0]?.schema ?? 'public';
    try {
      return await runner({
        // The one method node-pg-migrate calls on its client is query(text).
        dbClient: session as unknown as ClientBase,
        dir,
        migrationsTable: HISTORY_TABLE,
        schema,
        migrationsSchema: schema,
        direction,
        count: count ?? (direction === 'up' ? Infinity : 1),
        checkOrder: true,
        advisoryLockMode: 'wait',
        logger: {
          debug: (message) => log.debug(message),
          info: (message) => log.debug(message),
          warn: (message) => log.warn(message),
          error: (message) => log.error(message),
        },
      });
    } catch (error) {
      // node-pg-migrate leaves a failed migration's transaction open, and its lock with it
      // (the unlock fails inside the aborted transaction): close both before the
      // connection goes back to the pool.
      await session.query('ROLLBACK');
      await session.query('SELECT pg_advisory_unlock_all()');
      throw error;
    }
  });
  return ran.map((migration) => migration.name);
}

/** Writes an empty migration for `name` and resolves to its path. */
export function newMigration(name: string): Promise<string> {
  return Migration.create(name, MIGRATIONS_DIR, { language: 'sql', filenameFormat: 'utc' });
}
