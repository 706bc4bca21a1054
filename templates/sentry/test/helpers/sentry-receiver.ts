import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One item of an envelope: its header line and its payload, parsed. */
export interface EnvelopeItem {
  type: string;
  payload: Record<string, unknown>;
}

export interface ReceivedEnvelope {
  /** The body as it arrived (inflated), to search for what must not be in it. */
  raw: string;
  items: EnvelopeItem[];
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString();
}

/**
 * An HTTP server posing as Sentry's ingest host: it takes what the SDK posts
 * to /api/<project>/envelope/ and keeps each envelope raw and parsed
 * (newline-separated JSON: a header, then a header and a payload an item).
 */
export async function startSentryReceiver() {
  const envelopes: ReceivedEnvelope[] = [];
  const server = createServer((req, res) => {
    bodyOf(req)
      .then((raw) => {
        const [, ...lines] = raw.split('\n').filter(Boolean);
        const items: EnvelopeItem[] = [];
        for (let index = 0; index + 1 < lines.length; index += 2)
          items.push({
            type: (JSON.parse(lines[index]!) as { type: string }).type,
            payload: JSON.parse(lines[index + 1]!) as Record<string, unknown>,
          });
        envelopes.push({ raw, items });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      })
      .catch(() => res.writeHead(400).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const events = () =>
    envelopes.flatMap(({ items }) => items.filter(({ type }) => type === 'event'));
  return {
    dsn: `http://publickey@127.0.0.1:${port}/7`,
    envelopes,
    events,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
