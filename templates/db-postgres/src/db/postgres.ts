import pg from 'pg';
import type { Config } from '../config.js';
import type { AppDeps } from '../deps.js';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-error.js';
import { isNetworkError, reasonOf, retryAtStartup } from '../startup-retry.js';
import { migrate } from './migrations.js';
import { openPglite } from './pglite.js';
import type { Database } from './sql.js';

export type { Database };

type PostgresSettings = Pick<
  Config,
  | 'NODE_ENV'
  | 'STARTUP_TIMEOUT_MS'
  | 'DATABASE_URL'
  | 'DB_HOST'
  | 'DB_PORT'
  | 'DB_USER'
  | 'DB_PASSWORD'
  | 'DB_NAME'
  | 'DB_POOL_SIZE'
  | 'MIGRATE_ON_START'
  | 'PG_DATA_DIR'
>;

/** The server to connect to, if one is configured, and how to name it without its password. */
function serverOf(config: PostgresSettings): { pool: pg.PoolConfig; location: string } | undefined {
  const max = config.DB_POOL_SIZE;
  if (config.DATABASE_URL) {
    const url = new URL(config.DATABASE_URL);
    const database = decodeURIComponent(url.pathname.slice(1)) || '(default)';
    return {
      pool: { connectionString: config.DATABASE_URL, max },
      location: `${url.hostname}:${url.port || 5432}, database ${database}`,
    };
  }
  if (config.DB_HOST) {
    const { DB_HOST: host, DB_PORT: port, DB_USER: user, DB_PASSWORD: password } = config;
    return {
      pool: { host, port, user, password, database: config.DB_NAME, max },
      location: `${host}:${port}, database ${config.DB_NAME ?? '(default)'}`,
    };
  }
  return undefined;
}

/** A server that is not up yet: refused, unreachable, or up and still starting (57P03). */
const mayComeUp = (error: unknown) =>
  isNetworkError(error) || (error as { code?: string }).code === '57P03';

async function connectPool(
  poolConfig: pg.PoolConfig,
  location: string,
  { logger, timeoutMs }: { logger: Logger; timeoutMs: number },
) {
  const pool = new pg.Pool(poolConfig);
  // A server restart drops idle connections; the pool replaces them, and the process must not crash.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL connection lost'));
  try {
    // Waited for while it is not up, so a service started beside its database needs no ordering.
    await retryAtStartup(() => pool.query('SELECT 1'), {
      what: `PostgreSQL at ${location}`,
      timeoutMs,
      mayPass: mayComeUp,
      logger,
    });
  } catch (error) {
    await pool.end();
    // What PostgreSQL or the network said, whether or not it was waited for first.
    const said = error instanceof StartupError ? error.cause : error;
    throw new StartupError(`cannot connect to PostgreSQL at ${location}: ${reasonOf(said)}`);
  }
  const database: Database = {
    engine: 'postgres',
    location,
    query: (text, values) => pool.query(text, values && [...values]),
    async session(work) {
      const client = await pool.connect();
      try {
        return await work({ query: (text, values) => client.query(text, values && [...values]) });
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return database;
}

/**
 * Opens the database: the server at DATABASE_URL (or DB_HOST and friends)
 * when set, otherwise PGlite with its data under PG_DATA_DIR, so `npm run
 * dev` needs no server. An unreachable server is a start-up error naming
 * host and database.
 */
export async function openDatabase({
  config,
  logger,
}: {
  config: PostgresSettings;
  logger: Logger;
}): Promise<Database> {
  const server = serverOf(config);
  if (!server && config.NODE_ENV === 'production') {
    throw new StartupError(
      'PostgreSQL in production needs DATABASE_URL or DB_HOST; the embedded PGlite is for development and tests',
    );
  }
  const database = server
    ? await connectPool(server.pool, server.location, {
        logger,
        timeoutMs: config.STARTUP_TIMEOUT_MS,
      })
    : await openPglite(config.PG_DATA_DIR);
  const engine = database.engine === 'pglite' ? 'PGlite in process' : 'PostgreSQL server';
  logger.info(
    { engine: database.engine, location: database.location },
    `${engine} at ${database.location}`,
  );
  return database;
}

/**
 * Startup step: PGlite is the developer's own, so its pending migrations
 * are applied at every start; a server's only with MIGRATE_ON_START=true
 * (otherwise by `npm run manage -- db migrate`, e.g. in a release job).
 */
export async function migrateOnStart({ config, database, logger }: AppDeps): Promise<void> {
  if (database.engine !== 'pglite' && !config.MIGRATE_ON_START) return;
  let applied: string[];
  try {
    applied = await migrate(database, logger, 'up');
  } catch (error) {
    throw new StartupError(`migrations failed: ${(error as Error).message}`, { cause: error });
  }
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
}

export function closeDatabase(database: Database): Promise<void> {
  return database.close();
}
