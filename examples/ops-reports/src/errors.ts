import { errorCatalog } from './error-catalog.js';

export { errorCatalog };

export type ErrorCode = keyof typeof errorCatalog;

export class AppError extends Error {
  readonly status: number;
  /** Response headers the error calls for, such as a WWW-Authenticate challenge on a 401. */
  readonly headers: Record<string, string> = {};

  constructor(
    readonly code: ErrorCode,
    message: string = errorCatalog[code].message,
    readonly details?: unknown,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'AppError';
    this.status = errorCatalog[code].status;
  }

  withHeaders(headers: Record<string, string>): this {
    Object.assign(this.headers, headers);
    return this;
  }
}

/** The one shape of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
