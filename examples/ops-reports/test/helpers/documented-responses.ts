import { ServerResponse, type IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { SeenAnswer } from './openapi-contract.js';

/**
 * Every test file's answers, checked against the OpenAPI document when the
 * file ends (jest's setupFilesAfterEnv): an answer that strays from its
 * documented schema fails the file, named with its route and status.
 */

type RoutedRequest = IncomingMessage & {
  route?: { path: string | string[] };
  originalUrl?: string;
};

const seen: SeenAnswer[] = [];
const bodies = new WeakMap<ServerResponse, Buffer[]>();
// Kept to be called on each response (as `this`) and put back when the file ends.
// eslint-disable-next-line @typescript-eslint/unbound-method
const { write, end } = ServerResponse.prototype;

// The bytes written are compressed when the client accepted it (src/app.ts); the schemas are of what it reads.
const decoders: Partial<Record<string, (bytes: Buffer) => Buffer>> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
  deflate: inflateSync,
};

/** The JSON body the client reads; '' for any other answer, whose bytes are not kept. */
function bodyOf(res: ServerResponse): string {
  const kept = bodies.get(res);
  if (!kept) return '';
  const bytes = Buffer.concat(kept);
  const decode = decoders[String(res.getHeader('content-encoding'))];
  return (decode ? decode(bytes) : bytes).toString('utf8');
}

function keep(res: ServerResponse, chunk: unknown, encoding: unknown) {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
  if (!String(res.getHeader('content-type') ?? '').includes('json')) return;
  const kept = bodies.get(res) ?? [];
  kept.push(
    Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(
          chunk as string,
          typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
        ),
  );
  bodies.set(res, kept);
}

beforeAll(() => {
  ServerResponse.prototype.write = function (
    this: ServerResponse,
    chunk: unknown,
    ...rest: unknown[]
  ) {
    keep(this, chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof write;
  ServerResponse.prototype.end = function (
    this: ServerResponse,
    chunk?: unknown,
    ...rest: unknown[]
  ) {
    keep(this, chunk, rest[0]);
    const req = this.req as RoutedRequest | undefined;
    if (req && req.method !== 'HEAD' && 'app' in req)
      seen.push({
        method: req.method ?? 'GET',
        path: (req.originalUrl ?? req.url ?? '/').split('?')[0] ?? '/',
        routePath: req.route?.path,
        status: this.statusCode,
        contentType: String(this.getHeader('content-type') ?? ''),
        body: bodyOf(this),
      });
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof end;
});

afterAll(async () => {
  ServerResponse.prototype.write = write;
  ServerResponse.prototype.end = end;
  if (seen.length === 0) return;
  const { openApiDocument } = await import('../../src/openapi/openapi-document.js');
  const { undocumentedAnswers } = await import('./openapi-contract.js');
  const problems = undocumentedAnswers(openApiDocument(), seen);
  if (problems.length > 0)
    throw new Error(`answers that do not match the OpenAPI document:\n${problems.join('\n')}`);
});
