import { openFailureReports } from '../../src/failures/failure-reports.js';
import { testDeps } from '../helpers/test-deps.js';

describe('Sentry without SENTRY_DSN', () => {
  it('is never loaded', async () => {
    const deps = await testDeps();
    await openFailureReports(deps.config, deps.logger);
    // The SDK makes its global carrier as it loads; this file's global has none.
    expect('__SENTRY__' in globalThis).toBe(false);
    expect(deps.logLines().some((line) => 'sentry' in line)).toBe(false);
  });
});
