import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startReportsService } from '../helpers/reports-service.js';
import { senderHeaders, v2Report } from '../helpers/sender-payloads.js';

const apiKey = 'sender-key-0123456789abcdef';
const service = await startReportsService(0, { API_KEYS: apiKey });
afterAll(() => service.close());

/**
 * Announces a body of `bytes` but sends only its opening (64 KB of JSON
 * unless told), then waits for the answer: one that comes proves the
 * service did not read the whole body first.
 */
async function answerBeforeBody(
  bytes: number,
  {
    headers = {},
    opening = `[${JSON.stringify(' '.repeat(64 * 1024))}`,
  }: { headers?: Record<string, string>; opening?: string | Buffer } = {},
) {
  const req = httpRequest(`${service.url}/api/v2/update-github-reports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Content-Length': bytes, ...headers },
  });
  req.on('error', () => undefined); // the service may close the socket on the unread rest
  req.write(opening);
  const [response] = (await once(req, 'response')) as [IncomingMessage];
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  req.destroy();
  return {
    status: response.statusCode,
    body: JSON.parse(Buffer.concat(chunks).toString()) as unknown,
  };
}

const post = (items: unknown[]) =>
  fetch(`${service.url}/api/v2/update-github-reports`, {
    method: 'POST',
    headers: senderHeaders(apiKey),
    body: JSON.stringify(items),
  });

describe('hostile uploads', () => {
  it('answers a keyless 9.5 MB post 401 before reading its body', async () => {
    const answer = await answerBeforeBody(9.5 * 1024 * 1024);
    expect(answer).toEqual({
      status: 401,
      body: { error: expect.objectContaining({ code: 'unauthorized' }) as unknown },
    });
  });

  it('answers a keyless post over REPORTS_BODY_LIMIT 401, not 413', async () => {
    expect((await answerBeforeBody(11 * 1024 * 1024)).status).toBe(401);
  });

  it('answers a wrong key 401 before reading the body too', async () => {
    expect(
      (
        await answerBeforeBody(9.5 * 1024 * 1024, {
          headers: { 'X-API-KEY': 'not-the-key-0123456789' },
        })
      ).status,
    ).toBe(401);
  });

  it('refuses a gzip bomb as its inflated bytes cross REPORTS_BODY_LIMIT, before the rest arrives', async () => {
    // 24 MB of JSON that gzip makes 24 KB; the upload claims 24 MB more it never sends.
    const bomb = gzipSync(`[${JSON.stringify(' '.repeat(24 * 1024 * 1024))}]`);
    const answer = await answerBeforeBody(bomb.length + 24 * 1024 * 1024, {
      headers: { 'X-API-KEY': apiKey, 'Content-Encoding': 'gzip' },
      opening: bomb,
    });
    expect(answer).toEqual({
      status: 413,
      body: { error: expect.objectContaining({ code: 'payload_too_large' }) as unknown },
    });
  }, 20_000);

  it('answers 422, never 500, to fields nested thousands of levels deep', async () => {
    const depth = 5000;
    const deep = `${JSON.stringify(v2Report(1)).slice(0, -1)},"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    for (const body of [`[${deep}]`, `[${JSON.stringify(deep)}]`]) {
      const response = await fetch(`${service.url}/api/v2/update-github-reports`, {
        method: 'POST',
        headers: senderHeaders(apiKey),
        body,
      });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        error: { details: [{ index: 0, problem: 'nested deeper than 32 levels' }] },
      });
    }
  });

  it.each([
    ['a javascript: url', { url: 'javascript:alert(document.cookie)' }],
    ['a data: url', { url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }],
    ['the name .', { name: '.' }],
    ['the name ..', { name: '..' }],
    ['a name with a slash', { name: '../../etc/passwd' }],
  ])('refuses %s with a 422 and stores nothing of the upload', async (_case, change) => {
    const good = v2Report(2);
    const response = await post([
      JSON.stringify(good),
      JSON.stringify({ ...v2Report(3), ...change }),
    ]);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_reports', details: [{ index: 1 }] },
    });
    expect((await service.deps.reports.catalog.current()).byName.has(String(good.name))).toBe(
      false,
    );
  });
});
