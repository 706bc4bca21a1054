import type { Request, Response } from 'express';
import { precompressed, type Precompressed } from '../../http/precompressed.js';

/**
 * Pages change only when reports do, so each is rendered once per catalog
 * version and then served from memory: compressed once per encoding, with
 * an ETag per encoding that lets a browser revalidate with a 304 instead of
 * downloading it again.
 */
export function pageCache() {
  let version = -1;
  const pages = new Map<string, Precompressed>();

  return function send(
    req: Request,
    res: Response,
    options: { version: number; key: string; render: () => string },
  ): Promise<void> {
    if (options.version !== version) {
      pages.clear();
      version = options.version;
    }
    let page = pages.get(options.key);
    if (!page) {
      page = precompressed(options.render(), 'html');
      pages.set(options.key, page);
    }
    return page.send(req, res);
  };
}
