import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/db/migrations.js';
import { openDatabase, type Database } from '../../src/db/postgres.js';

export interface PostgresEngineUnderTest {
  name: string;
  /** A database with every migration applied, and nobody else's data. */
  open(): Promise<Database>;
}

const quiet = pino({ level: 'silent' });

/** A PostgreSQL URL whose connections use `schema` for everything they create and read. */
export function withSchema(url: string, schema: string): string {
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return scoped.toString();
}

/**
 * The engines the PostgreSQL adapters are tested on: PGlite in memory
 * always, and the server at DATABASE_URL when it is set. On the server each
 * database is a schema of its own, dropped again on close.
 */
export function postgresEngines(): PostgresEngineUnderTest[] {
  const engines: PostgresEngineUnderTest[] = [
    {
      name: 'PGlite in process',
      async open() {
        const config = loadConfig({ NODE_ENV: 'test', PG_DATA_DIR: 'memory://' });
        const database = await openDatabase({ config, logger: quiet });
        await migrate(database, quiet, 'up');
        return database;
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    engines.push({
      name: 'the PostgreSQL server at DATABASE_URL',
      async open() {
        const schema = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`CREATE SCHEMA ${schema}`);
        const config = loadConfig({
          NODE_ENV: 'test',
          DATABASE_URL: withSchema(url, schema),
        });
        const database = await openDatabase({ config, logger: quiet });
        await migrate(database, quiet, 'up');
        return {
          ...database,
          async close() {
            await database.close();
            await admin.query(`DROP SCHEMA ${schema} CASCADE`);
            await admin.end();
          },
        };
      },
    });
  }
  return engines;
}
