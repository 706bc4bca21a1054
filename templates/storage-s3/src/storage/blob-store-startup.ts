import type { AppDeps } from '../deps.js';
import { StartupError } from '../startup-error.js';
import { isNetworkError, reasonOf, retryAtStartup } from '../startup-retry.js';

/** What S3 says with a status alone (HeadBucket has no body), in words. */
const statusReasons: Record<number, string> = {
  301: 'the bucket is in another region (APPDATA_REGION)',
  403: 'access denied to the bucket',
  404: 'no such bucket',
};

function reasonFor(error: unknown): string {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return (status === undefined ? undefined : statusReasons[status]) ?? reasonOf(error);
}

/**
 * Startup step: the blob store answers (the bucket exists and may be read,
 * or the folder can be made), waited for while its server does not answer,
 * or the start ends in one line naming it. Found out now, not at the first
 * upload.
 */
export async function checkBlobStore({
  config,
  blobs,
  logger,
}: Pick<AppDeps, 'config' | 'blobs' | 'logger'>): Promise<void> {
  const what = `the blob store ${blobs.location} (${config.APPDATA_BUCKET ? 'APPDATA_BUCKET' : 'APPDATA_DIR'})`;
  try {
    await retryAtStartup(() => blobs.check(), {
      what,
      timeoutMs: config.STARTUP_TIMEOUT_MS,
      mayPass: isNetworkError,
      logger,
    });
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(`cannot use ${what}: ${reasonFor(error)}`, { cause: error });
  }
}
