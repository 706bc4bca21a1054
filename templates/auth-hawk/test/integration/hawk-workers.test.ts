import { setTimeout as sleep } from 'node:timers/promises';
import { startMain } from '../helpers/main-process.js';

// Each web worker is its own process: nonces kept in one are unknown to the others.
describe('Hawk with several web workers', () => {
  it('refuses to start without Redis, naming REDIS_URL, rather than accept replays', async () => {
    const main = startMain({ APP_WORKER_COUNT: '2', REDIS_URL: '', PORT: '0' });
    const ended = await Promise.race([main.exited, sleep(20_000, 'still running')]);
    if (ended === 'still running') main.kill('SIGKILL');
    expect(ended).toBe(1);
    expect(main.output()).toContain('REDIS_URL: missing; with APP_WORKER_COUNT=2 web workers');
  });
});
