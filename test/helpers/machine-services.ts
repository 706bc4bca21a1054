import { runCommand } from './run-command.js';
import { execSync } from 'node:child_process';
import { connect } from 'node:net';

export const REDIS_URL = 'redis://127.0.0.1:6379';
export const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
      .once('connect', () => resolve(true))
      .once('error', () => resolve(false));
    socket.setTimeout(1000, () => resolve(false));
    socket.unref();
  });

/** Runs `start` unless something listens on `port`, then waits up to five seconds for it. */
async function ensureListening(port: number, start: string): Promise<void> {
  if (await listening(port)) return;
  // The start commands daemonize and return; one that does not within a minute is a failure.
  execSync(start, { timeout: 60_000, stdio: 'pipe' });
  for (let attempt = 0; attempt < 50 && !(await listening(port)); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The machine's PostgreSQL (trust auth, database test), which the generated
 * projects' tests use for their real-server runs. Started the way this
 * machine starts it when it is not running.
 */
export async function ensurePostgres(): Promise<string> {
  await ensureListening(
    5432,
    'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  );
  return DATABASE_URL;
}

/**
 * The machine's Redis, which the generated projects' tests use for real.
 * Started the way this machine starts it when it is not running.
 */
export async function ensureRedis(): Promise<string> {
  await ensureListening(
    6379,
    'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log',
  );
  return REDIS_URL;
}

/**
 * A URL to the machine's PostgreSQL whose connections work in `schema`, new
 * and empty: a test's own corner of the shared server.
 */
export async function freshPostgresSchema(schema: string): Promise<string> {
  const url = await ensurePostgres();
  await runCommand(
    'psql',
    [url, '-c', `DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`],
    '.',
  );
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return scoped.toString();
}
