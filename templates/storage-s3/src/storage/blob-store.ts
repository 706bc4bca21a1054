import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import mime from 'mime-types';
import type { Config, EnvRule } from '../config.js';
import { FileBlobStore } from './file-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

/** What `list` tells of a blob. */
export interface BlobInfo {
  key: string;
  size: number;
  modified: Date;
}

/** A blob being read: its bytes as a stream, and what they are. */
export interface BlobRead {
  body: Readable;
  size: number;
  /** Follows the key's extension (`report.json` is application/json), in both stores. */
  contentType: string;
}

/**
 * Files the service keeps: in an S3 bucket (APPDATA_BUCKET), or under
 * APPDATA_DIR when no bucket is set. Callers see only this port, so the
 * code that stores a file is the same in development and on AWS.
 */
export interface BlobStore {
  /** Where blobs go, as messages name it. */
  readonly location: string;
  /** Stores `body` under `key`, replacing what was there: whole or not at all. */
  put(key: string, body: Uint8Array | string): Promise<void>;
  /** The blob under `key`, or undefined when there is none. */
  get(key: string): Promise<BlobRead | undefined>;
  /** Every blob whose key starts with `prefix`, in key order. */
  list(prefix?: string): AsyncIterable<BlobInfo>;
  /** Removes the blob; removing one that is not there is no error. */
  delete(key: string): Promise<void>;
  /** A URL that reads the blob without credentials until it expires. */
  link(key: string, expiresInSeconds: number): Promise<string>;
  /** Resolves once the store can be used (its bucket answers, its folder exists). */
  check(): Promise<void>;
  close(): Promise<void>;
}

/** A key the caller built wrongly: the message says what a key may hold. */
export class BlobKeyError extends Error {
  override name = 'BlobKeyError';
}

// S3's safe characters, in `/`-separated parts; no part may be empty, `.` or `..`,
// so a key is also a safe path below the file store's folder.
const keyPart = /^[\w!*'()-][\w!.*'()-]*$/;

/** Throws a BlobKeyError unless `key` is a key both stores keep alike. */
export function checkBlobKey(key: string): string {
  const parts = key.split('/');
  if (key.length > 512 || !parts.every((part) => keyPart.test(part)))
    throw new BlobKeyError(
      `blob key ${JSON.stringify(key.slice(0, 80))}: expected up to 512 letters, digits and !-_.*'() in /-separated parts, none empty or starting with a dot`,
    );
  return key;
}

export const contentTypeOf = (key: string) => mime.lookup(key) || 'application/octet-stream';

export function openBlobStore({ config }: { config: Config }): BlobStore {
  if (config.APPDATA_BUCKET) return new S3BlobStore(config.APPDATA_BUCKET, config);
  // Unset, links live as long as this process: enough for one development server.
  const linkSecret = config.APPDATA_LINK_SECRET ?? randomBytes(32).toString('base64url');
  return new FileBlobStore(config.APPDATA_DIR ?? '.data/blobs', config.APPDATA_PREFIX, linkSecret);
}

/** APPDATA_ACCESS_KEY_ID and APPDATA_SECRET_ACCESS_KEY are a pair: one alone is a typo, not a choice. */
export const blobCredentialsTogether: EnvRule = (config) =>
  Boolean(config.APPDATA_ACCESS_KEY_ID) === Boolean(config.APPDATA_SECRET_ACCESS_KEY)
    ? undefined
    : 'APPDATA_ACCESS_KEY_ID and APPDATA_SECRET_ACCESS_KEY: set both, or neither to use the AWS default credential chain';

/**
 * Production keeps files where they outlive a container: in a bucket, or
 * in a folder named on purpose (a volume), never in the image's own.
 */
export const blobsOutliveTheContainer: EnvRule = (config) =>
  config.NODE_ENV === 'production' && !config.APPDATA_BUCKET && !config.APPDATA_DIR
    ? 'APPDATA_BUCKET: missing; production keeps files in a bucket, or in APPDATA_DIR on a volume that outlives the container'
    : undefined;

export const closeBlobStore = (blobs: BlobStore) => blobs.close();
