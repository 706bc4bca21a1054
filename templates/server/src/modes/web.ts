import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from '../app.js';
import { closeDeps } from '../deps.js';
import { closeGracefully } from '../http/graceful-shutdown.js';

/**
 * Serves HTTP until SIGTERM or SIGINT, then drains and exits: 0 when every
 * in-flight request finished within SHUTDOWN_TIMEOUT_MS, 1 when some were cut.
 */
export async function runWeb(deps: AppDeps): Promise<void> {
  const { config, logger } = deps;
  const server = createApp(deps).listen(config.PORT, config.HOST);
  try {
    await once(server, 'listening');
  } catch (error) {
    logger.fatal({ err: error }, `cannot listen on ${config.HOST}:${config.PORT}`);
    process.exitCode = 1;
    return;
  }
  const { port } = server.address() as AddressInfo;
  logger.info({ url: `http://${config.HOST}:${port}` }, 'listening');

  const shutdown = async (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const outcome = await closeGracefully(server, config.SHUTDOWN_TIMEOUT_MS);
    await closeDeps(deps);
    logger.info({ outcome }, 'stopped');
    // Let the event loop empty so the asynchronous log writes land in order;
    // if anything still holds it a second later, exit regardless.
    process.exitCode = outcome === 'drained' ? 0 : 1;
    setTimeout(() => process.exit(), 1000).unref();
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
}
