import { z } from 'zod';
import { errorAnswers, type RouteDocs } from '../openapi/route-docs.js';

/** The file store's links, which stand in for a bucket's presigned URLs. */
export const blobLinkRouteDocs: RouteDocs = {
  paths: {
    '/blobs/{key}': {
      get: {
        tags: ['Files'],
        summary: 'A stored file, through a link the service signed (file store only)',
        requestParams: {
          path: z.object({ key: z.string().meta({ description: 'The file’s key; may hold /' }) }),
          query: z.object({ expires: z.string(), signature: z.string() }),
        },
        responses: {
          200: {
            description: 'The file, with the content type it was stored with',
            content: { 'application/octet-stream': { schema: z.string() } },
          },
          ...errorAnswers({
            403: 'The signature does not hold, or the link has expired',
            404: 'The file behind this link is gone',
          }),
        },
      },
    },
  },
};
