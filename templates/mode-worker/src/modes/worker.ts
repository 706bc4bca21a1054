import { closeDeps, createDeps } from '../deps.js';
import { prepare } from '../startup.js';
import { drainTaskWorker, startTaskWorker } from '../tasks/task-worker.js';
import { queueRedisUrl, taskQueueName } from '../tasks/task-queue.js';
import type { ModeStart } from './run-modes.js';
import { exitSoon, onStopSignal } from './stop-signal.js';

/**
 * WORKER mode: runs queued tasks, APP_WORKER_COUNT at a time, until SIGTERM;
 * then finishes the running ones (up to SHUTDOWN_TIMEOUT_MS) and exits 0.
 */
export async function runWorkerMode({ config, logger }: ModeStart): Promise<void> {
  const redisUrl = queueRedisUrl(config, 'WORKER');
  const deps = await createDeps(config, logger);
  await prepare(deps);
  const concurrency = config.APP_WORKER_COUNT;
  const worker = startTaskWorker(deps, { redisUrl, concurrency });
  await worker.waitUntilReady();
  logger.info({ queue: taskQueueName(config), concurrency }, 'worker ready');

  onStopSignal(async (signal) => {
    logger.info({ signal }, 'shutting down: no new tasks, finishing the running ones');
    const drained = await drainTaskWorker(worker, config.SHUTDOWN_TIMEOUT_MS);
    await closeDeps(deps);
    logger.info({ outcome: drained ? 'drained' : 'timed-out' }, 'stopped');
    exitSoon(drained ? 0 : 1);
  });
}
