import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../logger.js';
import { exitSoon, onStopSignal } from './stop-signal.js';

/**
 * The primary of `count` web workers, which share one listening port. It
 * serves nothing itself: it passes SIGTERM on, waits for every worker to
 * drain and exits with the worst of their codes. A worker that dies while
 * the service is meant to run takes the others down and exits 1, so the
 * platform restarts a whole, known-good service instead of a degraded one.
 */
export function runCluster(count: number, logger: Logger): void {
  const running = new Set<Worker>();
  let stopping = false;
  let worstCode = 0;

  const stopAll = () => {
    stopping = true;
    for (const worker of running) worker.process.kill('SIGTERM');
  };

  cluster.on('exit', (worker, code, signal) => {
    running.delete(worker);
    const exitCode = code ?? 1;
    worstCode = Math.max(worstCode, exitCode);
    if (!stopping) {
      logger.error(
        { pid: worker.process.pid, code, signal },
        'web worker died; stopping the service',
      );
      worstCode = Math.max(worstCode, 1);
      stopAll();
    }
    if (running.size === 0) {
      logger.info({ code: worstCode }, 'all web workers stopped');
      exitSoon(worstCode);
    }
  });

  for (let index = 0; index < count; index += 1) running.add(cluster.fork());
  logger.info({ workers: count }, 'started web workers');

  onStopSignal((signal) => {
    logger.info({ signal }, 'stopping web workers');
    stopAll();
    return Promise.resolve();
  });
}
