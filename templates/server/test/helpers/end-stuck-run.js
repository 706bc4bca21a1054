import process from 'node:process';
import { setTimeout } from 'node:timers';

/**
 * A jest reporter that ends a run something keeps open. Jest exits only once
 * nothing is left open, so an engine or server that a failed setup opened
 * and never closed would keep `npm test` waiting without end. A failed run
 * ends a second after its summary, failed. A passing run gets thirty seconds
 * for what closes slowly (keep-alive sockets, client retries), then ends
 * with its own result, saying how to find what was left open.
 */
export default class EndStuckRun {
  constructor(globalConfig) {
    // Watch mode stays by design, and --detectOpenHandles reports what it finds itself.
    this.armed = !globalConfig.watch && !globalConfig.watchAll && !globalConfig.detectOpenHandles;
  }

  onRunComplete(_contexts, results) {
    if (!this.armed) return;
    const failed = results.numFailedTestSuites > 0 || results.numRuntimeErrorTestSuites > 0;
    const wait = failed ? 1_000 : 30_000;
    // Unref'd: a run that left nothing open exits at once, as jest would.
    setTimeout(() => {
      process.stderr.write(
        failed
          ? 'The run failed and left something open; ending it.\n'
          : `Something the tests opened is still open ${wait / 1000} s after the run; ending it. ` +
              '`npm test -- --detectOpenHandles` names it.\n',
      );
      process.exit(failed ? 1 : 0);
    }, wait).unref();
  }
}
