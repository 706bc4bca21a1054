import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { text } from 'node:stream/consumers';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openBlobStore, type BlobInfo, type BlobStore } from '../../src/storage/blob-store.js';
import { startS3Server } from '../helpers/s3-server.js';
import { testDeps, testEnvironment } from '../helpers/test-deps.js';

/**
 * One contract, two stores: what a caller may rely on holds for the file
 * store and for S3 (an S3-compatible server in this process), through the
 * service's real config, deps and startup.
 */

const s3 = await startS3Server('contract-bucket');
afterAll(() => s3.stop());

// The file store's folder is named, so a second store (unprefixed) can read it too.
const storeEnvs: [string, Record<string, string>][] = [
  ['the file store', { APPDATA_DIR: mkdtempSync(join(tmpdir(), 'blobs-')) }],
  ['the S3 store', s3.env],
];

async function collect(listing: AsyncIterable<BlobInfo>) {
  const found: BlobInfo[] = [];
  for await (const info of listing) found.push(info);
  return found;
}

describe.each(storeEnvs)('%s', (_name, env) => {
  let blobs: BlobStore;
  let server: Server;
  let serviceUrl: string;
  beforeAll(async () => {
    const deps = await testDeps({ ...env, APPDATA_PREFIX: 'svc/' });
    blobs = deps.blobs;
    server = createApp(deps).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('gives back what was put, typed by the key’s extension', async () => {
    await blobs.put('notes/hello.txt', 'hello, world');
    const read = await blobs.get('notes/hello.txt');
    expect(read?.contentType).toMatch(/^text\/plain/);
    expect(read?.size).toBe(12);
    expect(await text(read!.body)).toBe('hello, world');
  });

  it('replaces a blob put again, and has nothing under a key never put', async () => {
    await blobs.put('data/report.json', Buffer.from('{"v":1}'));
    await blobs.put('data/report.json', Buffer.from('{"v":2}'));
    const read = await blobs.get('data/report.json');
    expect(read?.contentType).toBe('application/json');
    expect(await text(read!.body)).toBe('{"v":2}');
    expect(await blobs.get('data/never-put.json')).toBeUndefined();
  });

  it('lists by prefix, in key order, with sizes', async () => {
    for (const key of ['list/b.txt', 'list/a.txt', 'list/sub/c.txt', 'listing.txt'])
      await blobs.put(key, key);
    const listed = await collect(blobs.list('list/'));
    expect(listed.map(({ key, size }) => [key, size])).toEqual([
      ['list/a.txt', 10],
      ['list/b.txt', 10],
      ['list/sub/c.txt', 14],
    ]);
    expect(listed[0]?.modified.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await collect(blobs.list('list'))).map(({ key }) => key)).toContain('listing.txt');
  });

  it('keeps every key under APPDATA_PREFIX', async () => {
    await blobs.put('prefixed.txt', 'x');
    const unprefixed = openBlobStore({ config: loadConfig({ ...testEnvironment(), ...env }) });
    const keys = (await collect(unprefixed.list())).map(({ key }) => key);
    await unprefixed.close();
    expect(keys).toContain('svc/prefixed.txt');
    expect(keys).not.toContain('prefixed.txt');
  });

  it('deletes, and deleting what is not there is no error', async () => {
    await blobs.put('gone.txt', 'soon gone');
    await blobs.delete('gone.txt');
    await blobs.delete('gone.txt');
    expect(await blobs.get('gone.txt')).toBeUndefined();
    expect((await collect(blobs.list('gone'))).length).toBe(0);
  });

  it('refuses a key that is not one, naming it', async () => {
    for (const key of ['', '../escape.txt', 'a//b.txt', '.env', 'a/./b.txt', 'spaced key.txt'])
      await expect(blobs.put(key, 'x')).rejects.toThrow(/^blob key .*expected up to 512 letters/);
  });

  it('makes a link that reads the blob without credentials', async () => {
    await blobs.put('shared/picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const link = await blobs.link('shared/picture.png', 60);
    const response = await fetch(new URL(link, serviceUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    );
  });

  it('makes links that stop working once they expire', async () => {
    await blobs.put('shared/brief.txt', 'brief');
    const link = await blobs.link('shared/brief.txt', 1);
    expect((await fetch(new URL(link, serviceUrl))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await fetch(new URL(link, serviceUrl))).status).toBe(403);
  });
});

describe('the file store, beyond the contract', () => {
  let blobs: BlobStore;
  let serviceUrl: string;
  let server: Server;
  beforeAll(async () => {
    const deps = await testDeps({ APPDATA_LINK_SECRET: 'a-secret-of-thirty-two-characters!!' });
    blobs = deps.blobs;
    server = createApp(deps).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const fetchLink = async (link: string) => {
    const response = await fetch(new URL(link, serviceUrl), {
      headers: { accept: 'application/json' },
    });
    return {
      status: response.status,
      body: (await response.json()) as { error: { code: string } },
    };
  };

  // S3 itself promises this; s3rver, which stands in for it here, writes in place.
  it('never shows a reader part of a write', async () => {
    const size = 4 * 1024 * 1024;
    await blobs.put('big.bin', Buffer.alloc(size, 'a'));
    const reads = Array.from({ length: 6 }, async (_, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 5));
      const read = await blobs.get('big.bin');
      return text(read!.body);
    });
    const [, ...seen] = await Promise.all([
      blobs.put('big.bin', Buffer.alloc(size, 'b')),
      ...reads,
    ]);
    for (const content of seen) expect(content).toMatch(/^(a+|b+)$/);
    for (const content of seen) expect(content.length).toBe(size);
  });

  it('refuses a link whose signature was changed, or whose key was', async () => {
    await blobs.put('private/a.txt', 'a');
    await blobs.put('private/b.txt', 'b');
    const link = await blobs.link('private/a.txt', 60);
    const forged = link.replace(/signature=[\w-]{4}/, 'signature=AAAA');
    expect(await fetchLink(forged)).toMatchObject({
      status: 403,
      body: { error: { code: 'invalid_link' } },
    });
    expect((await fetchLink(link.replace('a.txt', 'b.txt'))).status).toBe(403);
    expect((await fetchLink(link.replace(/expires=\d+/, 'expires=99999999999'))).status).toBe(403);
  });

  it('answers 404 for a link to a blob deleted since', async () => {
    await blobs.put('private/deleted.txt', 'x');
    const link = await blobs.link('private/deleted.txt', 60);
    await blobs.delete('private/deleted.txt');
    expect(await fetchLink(link)).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
  });
});

describe('a start whose bucket cannot be used', () => {
  it('ends in one line naming APPDATA_BUCKET when the bucket does not exist', async () => {
    await expect(testDeps({ ...s3.env, APPDATA_BUCKET: 'no-such-bucket' })).rejects.toThrow(
      'cannot use the blob store s3://no-such-bucket/ (APPDATA_BUCKET): no such bucket',
    );
  });

  it('gives up on a server that does not answer after STARTUP_TIMEOUT_MS', async () => {
    await expect(
      testDeps({ ...s3.env, APPDATA_ENDPOINT: 'http://127.0.0.1:1', STARTUP_TIMEOUT_MS: '300' }),
    ).rejects.toThrow(/s3:\/\/contract-bucket\/ \(APPDATA_BUCKET\)/);
  });

  it('refuses production without a bucket, or a folder named on purpose', () => {
    const production = { ...testEnvironment(), NODE_ENV: 'production', APPDATA_DIR: '' };
    expect(() => loadConfig(production)).toThrow(
      'APPDATA_BUCKET: missing; production keeps files in a bucket, or in APPDATA_DIR on a volume',
    );
    expect(() => loadConfig({ ...production, APPDATA_DIR: '/volume/blobs' })).not.toThrow(
      /APPDATA_BUCKET/,
    );
  });

  it('refuses half a key pair before it opens anything', async () => {
    await expect(testDeps({ ...s3.env, APPDATA_SECRET_ACCESS_KEY: '' })).rejects.toThrow(
      /APPDATA_ACCESS_KEY_ID and APPDATA_SECRET_ACCESS_KEY: set both/,
    );
  });
});
