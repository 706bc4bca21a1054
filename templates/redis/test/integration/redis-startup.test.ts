import { expectOneLineFailure } from '../helpers/failed-start.js';
import { runMain } from '../helpers/main-process.js';

describe('a start with a REDIS_URL that does not answer', () => {
  it('ends in one line naming REDIS_URL, without its password, exit 1', async () => {
    const result = await runMain({
      REDIS_URL: 'redis://:hunter2-secret@127.0.0.1:1',
      STARTUP_TIMEOUT_MS: '300',
    });
    expectOneLineFailure(
      result,
      /^cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1 \(REDIS_URL\): connect ECONNREFUSED/,
    );
    expect(result.output).not.toContain('hunter2-secret');
  }, 30_000);
});
