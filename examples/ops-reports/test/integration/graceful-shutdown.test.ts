import { once } from 'node:events';
import { Agent, createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeGracefully } from '../../src/http/graceful-shutdown.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const agent = new Agent({ keepAlive: true });
afterAll(() => agent.destroy());

/**
 * A real server that answers /slow after `delayMs` (or when released) and
 * anything else at once, and a client that keeps its connections alive
 * between requests, as browsers, proxies and load balancers do. `arrived`
 * resolves once the server holds a /slow request, which is then in flight
 * however slowly a busy machine delivered it.
 */
async function slowServer(delayMs: number | 'until-released') {
  const held: (() => void)[] = [];
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const server = createServer((req, res) => {
    if (req.url !== '/slow') {
      res.end('done');
      return;
    }
    arrive();
    if (delayMs === 'until-released') held.push(() => res.end('done'));
    else setTimeout(() => res.end('done'), delayMs);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const get = (path = '/slow') =>
    new Promise<Answer>((resolve, reject) => {
      request({ port, host: '127.0.0.1', path, agent }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
        .on('error', reject)
        .end();
    });
  /** Answers every /slow request held so far. */
  const release = () => held.splice(0).forEach((answer) => answer());
  return { server, get, arrived, release };
}

describe('closeGracefully', () => {
  it('lets a request in flight finish, then reports the server drained', async () => {
    const { server, get, arrived } = await slowServer(300);
    const inFlight = get();
    await arrived;
    const outcome = closeGracefully(server, 5000);
    await expect(inFlight).resolves.toMatchObject({ status: 200 });
    await expect(outcome).resolves.toBe('drained');
    expect(server.listening).toBe(false);
  });

  it('cuts requests still open at the deadline and says so', async () => {
    const { server, get, arrived } = await slowServer('until-released');
    const inFlight = get();
    await arrived;
    await expect(closeGracefully(server, 100)).resolves.toBe('timed-out');
    await expect(inFlight).rejects.toThrow(/socket hang up/);
  });

  it('answers what arrives on a kept-alive connection meanwhile 503, to retry elsewhere', async () => {
    const { server, get, arrived, release } = await slowServer('until-released');
    // Two connections left idle and open, then a slow request on one of them.
    await Promise.all([get('/fast'), get('/fast')]);
    const inFlight = get();
    await arrived;
    const outcome = closeGracefully(server, 5000);
    const late = await get('/fast');
    expect(late.status).toBe(503);
    expect(late.headers).toMatchObject({ connection: 'close', 'retry-after': '1' });
    expect(JSON.parse(late.body)).toEqual({
      error: { code: 'service_unavailable', message: 'the service is shutting down; try again' },
    });
    // The slow request is still in flight until now, however long the late one took.
    release();
    await expect(inFlight).resolves.toMatchObject({ status: 200 });
    await expect(outcome).resolves.toBe('drained');
  });
});
