import { expectOneLineFailure } from '../helpers/failed-start.js';
import { runMain } from '../helpers/main-process.js';

describe('a start with a PostgreSQL server that does not answer', () => {
  it('ends in one line naming host and database, without the password, exit 1', async () => {
    const result = await runMain({
      DATABASE_URL: 'postgres://app:hunter2-secret@127.0.0.1:1/orders',
      STARTUP_TIMEOUT_MS: '300',
    });
    expectOneLineFailure(
      result,
      /^cannot connect to PostgreSQL at 127\.0\.0\.1:1, database orders: connect ECONNREFUSED/,
    );
    expect(result.output).not.toContain('hunter2-secret');
  }, 30_000);
});
