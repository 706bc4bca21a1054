import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

interface CachedPage {
  html: string;
  etag: string;
}

/**
 * Pages change only when reports do, so each is rendered once per catalog
 * version and then served from memory, with an ETag that lets a browser
 * revalidate with a 304 instead of downloading it again.
 */
export function pageCache() {
  let version = -1;
  const pages = new Map<string, CachedPage>();

  return function send(
    req: Request,
    res: Response,
    options: { version: number; key: string; render: () => string },
  ) {
    if (options.version !== version) {
      pages.clear();
      version = options.version;
    }
    let page = pages.get(options.key);
    if (!page) {
      const html = options.render();
      const digest = createHash('sha256').update(html).digest('base64url').slice(0, 16);
      // From the content alone, so every instance gives a page the same ETag.
      page = { html, etag: `"${digest}"` };
      pages.set(options.key, page);
    }
    res.set('ETag', page.etag);
    if (req.fresh) return res.status(304).end();
    return res.type('html').send(page.html);
  };
}
