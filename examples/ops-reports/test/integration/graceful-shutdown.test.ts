import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeGracefully } from '../../src/http/graceful-shutdown.js';

/** A real server that answers after `delayMs` (or never), and a client that waits for it. */
async function slowServer(
  delayMs: number | 'never',
): Promise<{ server: Server; get: () => Promise<number> }> {
  const server = createServer((_req, res) => {
    if (delayMs !== 'never') setTimeout(() => res.end('done'), delayMs);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const get = () =>
    new Promise<number>((resolve, reject) => {
      request({ port, host: '127.0.0.1', path: '/' }, (res) => {
        res.resume().on('end', () => resolve(res.statusCode ?? 0));
      })
        .on('error', reject)
        .end();
    });
  return { server, get };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('closeGracefully', () => {
  it('lets a request in flight finish, then reports the server drained', async () => {
    const { server, get } = await slowServer(300);
    const inFlight = get();
    await tick();
    const outcome = closeGracefully(server, 5000);
    await expect(inFlight).resolves.toBe(200);
    await expect(outcome).resolves.toBe('drained');
    expect(server.listening).toBe(false);
  });

  it('cuts requests still open at the deadline and says so', async () => {
    const { server, get } = await slowServer('never');
    const inFlight = get();
    await tick();
    await expect(closeGracefully(server, 100)).resolves.toBe('timed-out');
    await expect(inFlight).rejects.toThrow(/socket hang up/);
  });
});
