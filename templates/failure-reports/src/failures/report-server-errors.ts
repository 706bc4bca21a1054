import type { ErrorPages } from '../http/plugin.js';
import { toErrorResponse } from '../http/error-handler.js';
import { reportFailure } from './failure-reports.js';

/**
 * Reports each error answered with a 5xx (a bug, or a dependency down), and
 * passes every error on to be answered; a 4xx is the client's and is not
 * reported. Only the request's id, method and path go with it: never its
 * query, headers, cookies or body.
 */
export const reportServerErrors: ErrorPages = () => (error, req, res, next) => {
  const { status } = toErrorResponse(error);
  if (status >= 500) {
    // The id request logging took or made, as the response carries it.
    const id = res.getHeader('X-Request-Id');
    reportFailure({
      kind: 'request',
      error,
      request: { id: typeof id === 'string' ? id : '', method: req.method, path: req.path, status },
    });
  }
  next(error);
};
