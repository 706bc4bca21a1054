import { toErrorResponse } from '../http/error-handler.js';
import type { ErrorPages } from '../http/plugin.js';

const titles: Partial<Record<number, string>> = {
  403: 'You cannot see this page',
  404: 'Page not found',
  503: 'This part of the service is not available',
};

/**
 * Errors as pages for browsers: a request that prefers HTML to JSON (a
 * browser's Accept) gets the error in the service's layout, with the status
 * and message the JSON would carry and never a bug's internals. Everyone
 * else (API clients, curl's `*\/*`) gets the JSON of the error handler.
 */
export const browserErrorPages: ErrorPages =
  ({ pages }) =>
  (error, req, res, next) => {
    if (req.accepts(['json', 'html']) !== 'html') return next(error);
    const { status, body, headers, unexpected } = toErrorResponse(error);
    if (unexpected) req.log.error({ err: error }, 'unexpected error while rendering a page');
    const title = titles[status] ?? 'Sorry, there is a problem with the service';
    const message = unexpected ? 'Try again later.' : body.error.message;
    res
      .status(status)
      .set({ ...pages.headers, ...headers })
      .type('html')
      .send(pages.render('pages/error', { title, message }));
  };
