import { once } from 'node:events';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { createApp } from '../../src/app.js';
import { healthFuzz } from '../fuzz/health-routes.js';
import { loginFuzz } from '../fuzz/login-routes.js';
import { reportsFuzz } from '../fuzz/reports-routes.js';
import type { FuzzTarget } from '../helpers/fuzz-target.js';
import { hostileRequests, type HostileRequest } from '../helpers/hostile-requests.js';
import { testDeps } from '../helpers/test-deps.js';

/** Cases per route; raise it for a longer hunt: `FUZZ_RUNS=5000 npm run test:integration`. */
const runsPerRoute = Number(process.env.FUZZ_RUNS ?? 200);

const targets: Record<string, FuzzTarget> = { healthFuzz, loginFuzz, reportsFuzz };

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(port: number, agent: Agent, { body, ...hostile }: HostileRequest): Promise<Answer> {
  const headers = body ? { ...hostile.headers, 'content-length': body.length } : hostile.headers;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, agent, method: hostile.method, path: hostile.path, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** What is wrong with an answer, or nothing: below 500, JSON, errors in the one shape. */
function problemWith(method: string, { status, headers, body }: Answer): string | undefined {
  if (status >= 500) return `answered ${status}`;
  if (method === 'HEAD' || status === 204 || status === 304) return undefined;
  // The router's own answer to OPTIONS: the Allow list, as HTTP has it, not an error.
  if (method === 'OPTIONS' && status === 200 && headers.allow) return undefined;
  // A redirect (to a login page, say) is an answer, not an error to shape.
  if (status >= 300 && status < 400 && headers.location) return undefined;
  if (!/^application\/json\b/.test(headers['content-type'] ?? '')) {
    return `answered ${headers['content-type'] ?? 'no content type'}`;
  }
  let parsed: { error?: { code?: unknown; message?: unknown } };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return 'answered a body that is not JSON';
  }
  const { code, message } = parsed.error ?? {};
  if (status >= 400 && (typeof code !== 'string' || typeof message !== 'string')) {
    return 'answered an error without { error: { code, message } }';
  }
  return undefined;
}

// Answers counted by class: 2xx shows how many cases got past the guards to the handlers.
const figures = { cases: 0, routes: 0, answers: new Map<string, number>() };
afterAll(() => {
  const answers = ['2xx', '3xx', '4xx', '5xx'].map(
    (kind) => `${figures.answers.get(kind) ?? 0} ${kind}`,
  );
  console.info(
    `fuzzed ${figures.cases} requests over ${figures.routes} routes: ${answers.join(', ')}`,
  );
});

describe.each(Object.entries(targets))('the JSON routes of %s', (_name, target) => {
  it('answer hostile requests below 500, in JSON, and the service stays up', async () => {
    const deps = await testDeps(target.env);
    const server = (target.app?.(deps) ?? createApp(deps)).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true });
    try {
      figures.routes += target.routes.length;
      await fc.assert(
        fc.asyncProperty(hostileRequests(target), async (hostile) => {
          figures.cases += 1;
          const answer = await send(port, agent, hostile);
          const kind = `${String(answer.status).charAt(0)}xx`;
          figures.answers.set(kind, (figures.answers.get(kind) ?? 0) + 1);
          const problem = problemWith(hostile.method, answer);
          if (problem) {
            throw new Error(
              `${hostile.method} ${hostile.path} ${problem}: ${answer.body.slice(0, 300)}`,
            );
          }
        }),
        { numRuns: runsPerRoute * target.routes.length },
      );
      // Still serving after them all: an answer, not a refused connection.
      const after = await send(port, agent, { method: 'GET', path: '/healthcheck', headers: {} });
      expect(problemWith('GET', after)).toBeUndefined();
    } finally {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((closed) => server.close(closed));
    }
  }, 300_000);
});
