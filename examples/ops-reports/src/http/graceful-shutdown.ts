import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { ErrorBody } from '../errors.js';

export type ShutdownOutcome = 'drained' | 'timed-out';

/** How long idle keep-alive connections stay open once shutdown begins, answering 503. */
const IDLE_GRACE_MS = 1000;

const draining: ErrorBody = {
  error: { code: 'service_unavailable', message: 'the service is shutting down; try again' },
};

/** What a request that arrives while the server drains is told: come back, on another connection. */
function refuseWhileDraining(_req: IncomingMessage, res: ServerResponse): void {
  res
    .writeHead(503, { 'content-type': 'application/json', connection: 'close', 'retry-after': '1' })
    .end(JSON.stringify(draining));
}

/**
 * Stops accepting connections and lets in-flight requests finish; whatever
 * is still open after `timeoutMs` is cut. A request that arrives meanwhile
 * on a kept-alive connection is answered 503 with `Connection: close` and
 * `Retry-After`, so a client or load balancer retries it elsewhere:
 * http.Server's own close() would destroy those idle connections at once,
 * resetting a request already on its way. They are closed after a short
 * grace instead, and each finishing response closes its connection.
 */
export function closeGracefully(server: Server, timeoutMs: number): Promise<ShutdownOutcome> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      resolve('timed-out');
    }, timeoutMs);
    const idle = setTimeout(
      () => server.closeIdleConnections(),
      Math.min(IDLE_GRACE_MS, timeoutMs),
    );
    server.removeAllListeners('request');
    server.on('request', refuseWhileDraining);
    // Node closes a connection this long (plus its own second) after its last response.
    server.keepAliveTimeout = 1;
    // net.Server's close stops listening and waits for the connections to end, closing none.
    NetServer.prototype.close.call(server, () => {
      clearTimeout(deadline);
      clearTimeout(idle);
      resolve('drained');
    });
  });
}
