import { Router } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Plugin } from '../http/plugin.js';
import { AppError } from '../errors.js';
import { BlobKeyError } from './blob-store.js';
import { FileBlobStore, LINK_PATH } from './file-blob-store.js';

/**
 * Serves the links of the file store, as S3 serves its presigned URLs: the
 * blob for a link whose signature holds and whose expiry is ahead, a 403
 * for any other. A bucket serves its own links, so with one this is empty.
 */
export const blobLinkRoutes: Plugin = ({ blobs }) => {
  const router = Router();
  if (!(blobs instanceof FileBlobStore)) return router;
  return router.get(`${LINK_PATH}*key`, async (req, res) => {
    const key = req.params.key.join('/');
    if (!blobs.linkIsValid(key, req.query.expires, req.query.signature))
      throw new AppError('invalid_link');
    const blob = await blobs.get(key).catch((error: unknown) => {
      if (error instanceof BlobKeyError) return undefined;
      throw error;
    });
    if (!blob) throw new AppError('not_found', 'The file behind this link is gone');
    const secondsLeft = Number(req.query.expires) - Math.floor(Date.now() / 1000);
    res
      .type(blob.contentType)
      .set('Content-Length', String(blob.size))
      .set('Cache-Control', `private, max-age=${secondsLeft}`);
    await pipeline(blob.body, res);
  });
};
