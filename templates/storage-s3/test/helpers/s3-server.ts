import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** s3rver takes any key pair; these are the ones its documentation uses. */
const S3RVER_KEY = 'S3RVER';

/**
 * An S3-compatible server in this process (s3rver), with one empty bucket,
 * and the settings that point the service at it.
 */
export async function startS3Server(bucket: string) {
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: mkdtempSync(join(tmpdir(), 's3rver-')),
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const env = {
    APPDATA_BUCKET: bucket,
    APPDATA_ENDPOINT: `http://127.0.0.1:${port}`,
    APPDATA_ACCESS_KEY_ID: S3RVER_KEY,
    APPDATA_SECRET_ACCESS_KEY: S3RVER_KEY,
  };
  return { env, stop: () => server.close() };
}
