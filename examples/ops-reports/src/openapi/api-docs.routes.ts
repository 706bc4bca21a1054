import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Router } from 'express';
import type { Config } from '../config.js';
import type { Plugin } from '../http/plugin.js';
import { precompressed, type Precompressed } from '../http/precompressed.js';
import { docsPage, docsPagePolicy } from './docs-page.js';
import { openApiDocument } from './openapi-document.js';

/** swagger-ui-dist's folder: the page's script and styles are served from it, never from a CDN. */
const swaggerUi = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** API_DOCS when set; otherwise the document and its page are served except in production. */
export const apiDocsServed = (config: Pick<Config, 'NODE_ENV' | 'API_DOCS'>) =>
  config.API_DOCS ?? config.NODE_ENV !== 'production';

const assets = {
  '/docs/swagger-ui.css': { file: 'swagger-ui.css', type: 'css' },
  '/docs/swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'js' },
};

/**
 * `/openapi.json`, this service's OpenAPI 3.1 document, and `/docs`, its
 * reference page (Swagger UI), with the page's script and styles.
 */
export const apiDocsRoutes: Plugin = ({ config }) => {
  const router = Router();
  if (!apiDocsServed(config)) return router;
  router
    .get('/openapi.json', (_req, res) => {
      res.json(openApiDocument());
    })
    .get('/docs', (_req, res) => {
      // A new nonce for each page admits its one inline script and no other.
      const nonce = randomBytes(16).toString('base64');
      res
        .set({ 'Content-Security-Policy': docsPagePolicy(nonce), 'Cache-Control': 'no-store' })
        .type('html')
        .send(docsPage(openApiDocument().info.title, nonce));
    });
  for (const [path, { file, type }] of Object.entries(assets)) {
    // Read and compressed once: the bundle is 1.7 MB, 0.4 MB as brotli.
    let body: Precompressed | undefined;
    router.get(path, async (req, res) => {
      body ??= precompressed(await readFile(join(swaggerUi, file)), type);
      res.set('Cache-Control', 'public, max-age=86400');
      await body.send(req, res);
    });
  }
  return router;
};
