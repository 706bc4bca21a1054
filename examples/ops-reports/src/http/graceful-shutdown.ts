import type { Server } from 'node:http';

export type ShutdownOutcome = 'drained' | 'timed-out';

/**
 * Stops accepting connections and lets in-flight requests finish. Idle
 * keep-alive sockets are closed at once, so a quiet server stops quickly;
 * whatever is still open after `timeoutMs` is cut.
 */
export function closeGracefully(server: Server, timeoutMs: number): Promise<ShutdownOutcome> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      resolve('timed-out');
    }, timeoutMs);
    server.close(() => {
      clearTimeout(deadline);
      resolve('drained');
    });
    server.closeIdleConnections();
  });
}
