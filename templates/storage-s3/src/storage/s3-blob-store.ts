import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Readable } from 'node:stream';
import type { Config } from '../config.js';
import {
  checkBlobKey,
  contentTypeOf,
  type BlobInfo,
  type BlobRead,
  type BlobStore,
} from './blob-store.js';

// The SDK warns on every start that Node 20 support ends in 2027; .nvmrc pins the Node we test on.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * Blobs in an S3 bucket, under APPDATA_PREFIX. APPDATA_ENDPOINT points it at
 * an S3-compatible server (MinIO, Ceph, R2), addressed by path since those
 * seldom serve a bucket per host name.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(
    private readonly bucket: string,
    config: Config,
  ) {
    const { APPDATA_ACCESS_KEY_ID: accessKeyId, APPDATA_SECRET_ACCESS_KEY: secretAccessKey } =
      config;
    this.prefix = config.APPDATA_PREFIX;
    this.client = new S3Client({
      // An S3-compatible server ignores the region but the signature needs one.
      region: config.APPDATA_REGION ?? (config.APPDATA_ENDPOINT ? 'us-east-1' : undefined),
      ...(config.APPDATA_ENDPOINT && { endpoint: config.APPDATA_ENDPOINT, forcePathStyle: true }),
      ...(accessKeyId && secretAccessKey && { credentials: { accessKeyId, secretAccessKey } }),
    });
  }

  get location() {
    return `s3://${this.bucket}/${this.prefix}`;
  }

  private keyOf(key: string) {
    return this.prefix + checkBlobKey(key);
  }

  async check() {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  async put(key: string, body: Uint8Array | string) {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.keyOf(key),
        Body: body,
        ContentType: contentTypeOf(key),
      }),
    );
  }

  async get(key: string): Promise<BlobRead | undefined> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }),
      );
      return {
        // In Node the SDK's body is the response's own stream.
        body: object.Body as Readable,
        size: object.ContentLength ?? 0,
        contentType: object.ContentType ?? contentTypeOf(key),
      };
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async *list(prefix = ''): AsyncIterable<BlobInfo> {
    const pages = paginateListObjectsV2(
      { client: this.client },
      { Bucket: this.bucket, Prefix: this.prefix + prefix },
    );
    for await (const page of pages)
      for (const object of page.Contents ?? [])
        yield {
          key: object.Key!.slice(this.prefix.length),
          size: object.Size ?? 0,
          modified: object.LastModified ?? new Date(0),
        };
  }

  async delete(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
  }

  link(key: string, expiresInSeconds: number) {
    const read = new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) });
    return getSignedUrl(this.client, read, { expiresIn: expiresInSeconds });
  }

  close() {
    this.client.destroy();
    return Promise.resolve();
  }
}
