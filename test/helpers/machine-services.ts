import { execSync } from 'node:child_process';
import { connect } from 'node:net';

export const REDIS_URL = 'redis://127.0.0.1:6379';

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
      .once('connect', () => resolve(true))
      .once('error', () => resolve(false));
    socket.setTimeout(1000, () => resolve(false));
    socket.unref();
  });

/**
 * The machine's Redis, which the generated projects' tests use for real.
 * Started the way this machine starts it when it is not running.
 */
export async function ensureRedis(): Promise<string> {
  if (!(await listening(6379))) {
    execSync(
      'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log',
    );
    for (let attempt = 0; attempt < 50 && !(await listening(6379)); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return REDIS_URL;
}
