/**
 * Every error this service answers with. Domain code throws an AppError with
 * a code from this catalog; the HTTP status is looked up here, in one place.
 */
export const errorCatalog = {
  bad_request: { status: 400, message: 'The request is malformed' },
  malformed_json: { status: 400, message: 'The request body is not valid JSON' },
  not_found: { status: 404, message: 'Nothing here matches this URL' },
  payload_too_large: {
    status: 413,
    message: 'The request body is larger than this service accepts',
  },
  unsupported_media_type: {
    status: 415,
    message: 'The request body has an encoding or charset this service does not read',
  },
  internal_error: { status: 500, message: 'Something went wrong on our side' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string = errorCatalog[code].message,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorCatalog[code].status;
  }
}

/** The one shape of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
