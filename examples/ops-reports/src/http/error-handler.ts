import type { ErrorRequestHandler } from 'express';
import { AppError, errorCatalog, type ErrorBody, type ErrorCode } from '../errors.js';

// body-parser and the router raise http-errors with these statuses for bad requests.
const codeByStatus: Partial<Record<number, ErrorCode>> = {
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

interface HttpError {
  status: number;
  expose: boolean;
  type?: string;
}

/**
 * The router's error for a path parameter with a bad escape (`/reports/%`):
 * a URIError it gives status 400 but not http-errors' `expose`.
 */
const isBadEscape = (error: unknown) =>
  error instanceof URIError && (error as Partial<HttpError>).status === 400;

function isClientHttpError(error: unknown): error is HttpError {
  const candidate = error as Partial<HttpError> | null;
  if (isBadEscape(error)) return true;
  return (
    typeof candidate?.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    candidate.expose === true
  );
}

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
  /** True when the error is a bug rather than a bad request: it must be logged. */
  unexpected: boolean;
}

/** Maps anything thrown while handling a request to the one error shape. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { status: error.status, body, headers: error.headers, unexpected: false };
  }
  if (isClientHttpError(error)) {
    const code: ErrorCode =
      error.type === 'entity.parse.failed'
        ? 'malformed_json'
        : (codeByStatus[error.status] ?? 'bad_request');
    return {
      status: error.status,
      body: { error: { code, message: errorCatalog[code].message } },
      unexpected: false,
    };
  }
  const { status, message } = errorCatalog.internal_error;
  return { status, body: { error: { code: 'internal_error', message } }, unexpected: true };
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const response = toErrorResponse(error);
  if (response.unexpected)
    req.log.error({ err: error }, 'unexpected error while handling a request');
  res
    .status(response.status)
    .set(response.headers ?? {})
    .json(response.body);
};
