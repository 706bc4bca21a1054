import { setTimeout as sleep } from 'node:timers/promises';
import { startMain } from '../helpers/main-process.js';

// Three processes each load the whole service before the workers refuse: over
// twenty seconds on a busy two-core machine, so the bound is generous and named.
const REFUSAL_BOUND_MS = 90_000;
const refusal = /REDIS_URL: missing; with APP_WORKER_COUNT=2 web workers/;

// Each web worker is its own process: nonces kept in one are unknown to the others.
describe('Hawk with several web workers', () => {
  it(
    'refuses to start without Redis, naming REDIS_URL, rather than accept replays',
    async () => {
      const main = startMain({ APP_WORKER_COUNT: '2', REDIS_URL: '', PORT: '0' });
      const bound = new AbortController();
      const ended = await Promise.race([
        main.exited,
        sleep(REFUSAL_BOUND_MS, `still running after ${REFUSAL_BOUND_MS} ms`, {
          signal: bound.signal,
        }).catch(() => 'aborted'),
      ]);
      bound.abort();
      if (typeof ended === 'string') main.kill('SIGKILL');
      // One assertion on both, so a failure shows what the service printed.
      expect({ ended, refused: refusal.test(main.output()), output: main.output() }).toMatchObject({
        ended: 1,
        refused: true,
      });
    },
    REFUSAL_BOUND_MS + 10_000,
  );
});
