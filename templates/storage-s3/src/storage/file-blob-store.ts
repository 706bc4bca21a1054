import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import {
  checkBlobKey,
  contentTypeOf,
  type BlobInfo,
  type BlobRead,
  type BlobStore,
} from './blob-store.js';

/** The path the service serves a file store's links under (src/storage/blob-links.routes.ts). */
export const LINK_PATH = '/blobs/';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Blobs as files under a folder, for development and single-instance
 * services: each is written beside its place and renamed into it, so a
 * reader sees the old bytes or the new, never part of them. Links are
 * signed with an HMAC and carry their expiry, as S3's presigned URLs do.
 */
export class FileBlobStore implements BlobStore {
  private readonly base: string;
  // Keys never start with a dot, so no key can name the folder of unfinished writes.
  private readonly partial: string;

  constructor(
    folder: string,
    private readonly prefix: string,
    private readonly linkSecret: string,
  ) {
    this.base = resolve(folder, prefix);
    this.partial = resolve(folder, '.partial');
  }

  get location() {
    return this.base;
  }

  private pathOf(key: string) {
    return join(this.base, checkBlobKey(key));
  }

  async check() {
    await mkdir(this.partial, { recursive: true });
  }

  async put(key: string, body: Uint8Array | string) {
    const path = this.pathOf(key);
    const unfinished = join(this.partial, randomUUID());
    await mkdir(this.partial, { recursive: true });
    try {
      await writeFile(unfinished, body, { flush: true });
      await mkdir(resolve(path, '..'), { recursive: true });
      await rename(unfinished, path);
    } catch (error) {
      await rm(unfinished, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<BlobRead | undefined> {
    const file = await open(this.pathOf(key)).catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    if (!file) return undefined;
    // Sized from the open file: a put renamed in meanwhile does not change what this read sees.
    const { size } = await file.stat();
    return { body: file.createReadStream(), size, contentType: contentTypeOf(key) };
  }

  async *list(prefix = ''): AsyncIterable<BlobInfo> {
    const entries = await readdir(this.base, { recursive: true, withFileTypes: true }).catch(
      (error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      },
    );
    const keys = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(this.base, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter(
        (key) => key.startsWith(prefix) && !key.split('/').some((part) => part.startsWith('.')),
      )
      .sort();
    for (const key of keys) {
      const stats = await stat(join(this.base, key)).catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      });
      // Deleted since the folder was read: as S3's list, a snapshot that may be a moment old.
      if (stats) yield { key, size: stats.size, modified: stats.mtime };
    }
  }

  async delete(key: string) {
    await rm(this.pathOf(key), { force: true });
  }

  private signature(key: string, expires: number) {
    return createHmac('sha256', this.linkSecret).update(`${key}\n${expires}`).digest('base64url');
  }

  link(key: string, expiresInSeconds: number) {
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    const path = checkBlobKey(key).split('/').map(encodeURIComponent).join('/');
    const query = new URLSearchParams({
      expires: String(expires),
      signature: this.signature(key, expires),
    });
    return Promise.resolve(`${LINK_PATH}${path}?${query.toString()}`);
  }

  /** True when a link's expiry and signature are this store's and it has not expired. */
  linkIsValid(key: string, expires: unknown, signature: unknown): boolean {
    if (typeof expires !== 'string' || !/^\d{1,12}$/.test(expires)) return false;
    if (typeof signature !== 'string') return false;
    const expected = Buffer.from(this.signature(key, Number(expires)));
    const given = Buffer.from(signature);
    return (
      given.length === expected.length &&
      timingSafeEqual(given, expected) &&
      Number(expires) > Date.now() / 1000
    );
  }

  close() {
    return Promise.resolve();
  }
}
