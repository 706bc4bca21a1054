import cluster from 'node:cluster';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { closeDeps, createDeps, type AppDeps } from '../deps.js';
import { closeGracefully } from '../http/graceful-shutdown.js';
import { prepare } from '../startup.js';
import { StartupError } from '../startup-error.js';
import type { ModeStart } from './run-modes.js';
import { exitSoon, onStopSignal } from './stop-signal.js';
import { runCluster } from './web-cluster.js';

/**
 * WEB mode: serves HTTP. With APP_WORKER_COUNT above 1 this process becomes
 * the primary of that many node:cluster workers, each of which comes back
 * here and serves.
 */
export async function runWeb({ config, logger }: ModeStart): Promise<void> {
  if (config.APP_WORKER_COUNT > 1 && cluster.isPrimary) {
    runCluster(config.APP_WORKER_COUNT, logger);
    return;
  }
  const deps = await createDeps(config, logger);
  await prepare(deps);
  await serve(deps);
}

/**
 * Serves until SIGTERM or SIGINT, then drains and exits: 0 when every
 * in-flight request finished within SHUTDOWN_TIMEOUT_MS, 1 when some were cut.
 */
export async function serve(deps: AppDeps): Promise<void> {
  const { config, logger } = deps;
  const server = createApp(deps).listen(config.PORT, config.HOST);
  try {
    await once(server, 'listening');
  } catch (error) {
    await closeDeps(deps);
    const reason =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'the port is in use' : String(error);
    throw new StartupError(
      `cannot listen on ${config.HOST}:${config.PORT}: ${reason}; set PORT (or HOST) to one that is free`,
      { cause: error },
    );
  }
  const { port } = server.address() as AddressInfo;
  logger.info({ url: `http://${config.HOST}:${port}` }, 'listening');

  onStopSignal(async (signal) => {
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const outcome = await closeGracefully(server, config.SHUTDOWN_TIMEOUT_MS);
    await closeDeps(deps);
    logger.info({ outcome }, 'stopped');
    exitSoon(outcome === 'drained' ? 0 : 1);
  });
}
