import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { MIGRATIONS_DIR, migrate } from '../../src/db/migrations.js';
import { openDatabase } from '../../src/db/postgres.js';
import { postgresEngines } from '../helpers/test-postgres.js';
import { testEnvironment } from '../helpers/test-deps.js';

const quiet = pino({ level: 'silent' });
const migrationNames = readdirSync(MIGRATIONS_DIR)
  .filter((file) => file.endsWith('.sql'))
  .map((file) => file.replace(/\.sql$/, ''))
  .sort();

describe.each(postgresEngines())('migrations on $name', (engine) => {
  it('records every applied migration, and undoes and redoes them', async () => {
    const database = await engine.open();
    try {
      const history = await database.query<{ name: string }>(
        'SELECT name FROM schema_migrations ORDER BY id',
      );
      expect(history.rows.map((row) => row.name)).toEqual(migrationNames);
      expect(await migrate(database, quiet, 'up')).toEqual([]);
      const undone = await migrate(database, quiet, 'down', { count: Infinity });
      expect(undone).toEqual([...migrationNames].reverse());
      // Two instances starting at once: the advisory lock lets one apply, the other finds nothing left.
      const [first, second] = await Promise.all([
        migrate(database, quiet, 'up'),
        migrate(database, quiet, 'up'),
      ]);
      expect([...first, ...second]).toEqual(migrationNames);
    } finally {
      await database.close();
    }
  });

  it('rolls a failing migration back whole, and records nothing of it', async () => {
    const database = await engine.open();
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, '29991231000000000_broken.sql'),
      '-- Up Migration\nCREATE TABLE half_done (id int);\nSELECT no_such_column FROM half_done;\n',
    );
    try {
      await expect(migrate(database, quiet, 'up', { dir })).rejects.toThrow('no_such_column');
      const tables = await database.query(
        "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done' AND table_schema = current_schema()",
      );
      expect(tables.rows).toEqual([]);
      const history = await database.query(
        "SELECT 1 FROM schema_migrations WHERE name LIKE '%broken'",
      );
      expect(history.rows).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe('the embedded PGlite', () => {
  const embedded = (dataDir: string) =>
    loadConfig({ NODE_ENV: 'development', PG_DATA_DIR: dataDir });

  it('keeps its data on disk across restarts, and no second process opens it', async () => {
    const config = embedded(mkdtempSync(join(tmpdir(), 'pglite-')));
    const first = await openDatabase({ config, logger: quiet });
    await first.query('CREATE TABLE kept (note text)');
    await first.query('INSERT INTO kept VALUES ($1)', ['still here']);
    await expect(openDatabase({ config, logger: quiet })).rejects.toThrow(
      `the embedded PGlite data in ${config.PG_DATA_DIR} is in use by process ${process.pid}`,
    );
    await first.close();

    const second = await openDatabase({ config, logger: quiet });
    try {
      expect((await second.query('SELECT note FROM kept')).rows).toEqual([{ note: 'still here' }]);
    } finally {
      await second.close();
    }
  });

  it('is refused in production, where a server is needed', async () => {
    // From the tests' environment, which holds what other features need in production.
    const config = loadConfig({
      ...testEnvironment(),
      NODE_ENV: 'production',
      PG_DATA_DIR: 'memory://',
    });
    await expect(openDatabase({ config, logger: quiet })).rejects.toThrow(
      'PostgreSQL in production needs DATABASE_URL or DB_HOST',
    );
  });
});

describe('a PostgreSQL server that cannot be reached', () => {
  it('stops the start with a message naming host and database', async () => {
    // Not waited for: a server that is still coming up is start-up's to wait for (STARTUP_TIMEOUT_MS).
    const config = loadConfig({
      DATABASE_URL: 'postgres://app:secret@127.0.0.1:1/orders',
      STARTUP_TIMEOUT_MS: '0',
    });
    const opening = openDatabase({ config, logger: quiet });
    await expect(opening).rejects.toThrow(
      'cannot connect to PostgreSQL at 127.0.0.1:1, database orders',
    );
    await expect(opening).rejects.not.toThrow('secret');
  });
});
