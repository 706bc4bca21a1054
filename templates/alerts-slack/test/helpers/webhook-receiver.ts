import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the receiver does with one request: answer with a status (and headers), or drop the connection. */
export type WebhookAnswer = { status: number; headers?: Record<string, string> } | 'drop';

/**
 * An HTTP server posing as a Slack incoming webhook: it keeps the body of
 * every post it accepts, and answers each in turn as `answers` says (then
 * 200 `ok`, as Slack does).
 */
export async function startWebhookReceiver() {
  const posts: { text: string }[] = [];
  const answers: WebhookAnswer[] = [];
  let requests = 0;
  const answer = (res: ServerResponse, body: string) => {
    const next = answers.shift() ?? { status: 200 };
    if (next === 'drop') return res.socket?.destroy();
    if (next.status === 200) posts.push(JSON.parse(body) as { text: string });
    res.writeHead(next.status, next.headers).end(next.status === 200 ? 'ok' : 'try later');
  };
  const server = createServer((req, res) => {
    requests += 1;
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => answer(res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/T000/B000/secret`,
    posts,
    answers,
    requests: () => requests,
    reset: () => {
      posts.length = 0;
      answers.length = 0;
      requests = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
