import { z } from 'zod';
import type { RouteDocs } from './route-docs.js';
import { htmlAnswer, jsonAnswer } from './route-docs.js';

const unchanged = { description: 'Unchanged since the copy the client holds (ETag)' };

const asset = (description: string, type: string) => ({
  200: { description, content: { [type]: { schema: z.string() } } },
  304: unchanged,
});

/** The document and its reference page, which describe themselves too. */
export const apiDocsRouteDocs: RouteDocs = {
  paths: {
    '/openapi.json': {
      get: {
        tags: ['Docs'],
        summary: 'This OpenAPI 3.1 document',
        responses: {
          200: jsonAnswer(
            'The document',
            z.looseObject({
              openapi: z.string(),
              info: z.looseObject({}),
              paths: z.looseObject({}),
            }),
          ),
          304: unchanged,
        },
      },
    },
    '/docs': {
      get: {
        tags: ['Docs'],
        summary: 'The reference page of this API',
        responses: { 200: htmlAnswer('Swagger UI, drawing /openapi.json') },
      },
    },
    '/docs/swagger-ui.css': {
      get: {
        tags: ['Docs'],
        summary: 'The reference page’s styles',
        responses: asset('Swagger UI’s styles', 'text/css'),
      },
    },
    '/docs/swagger-ui-bundle.js': {
      get: {
        tags: ['Docs'],
        summary: 'The reference page’s script',
        responses: asset('Swagger UI', 'text/javascript'),
      },
    },
  },
};
