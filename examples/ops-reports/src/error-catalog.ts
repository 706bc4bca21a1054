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
  service_unavailable: {
    status: 503,
    message: 'A service this one depends on cannot be reached; try again later',
  },
  unauthorized: { status: 401, message: 'Authentication is required' },
  forbidden: { status: 403, message: 'This client may not do that' },
  invalid_reports: { status: 422, message: 'Some reports do not match the report schema' },
  report_too_large: { status: 413, message: 'A report is larger than DynamoDB keeps in one item' },
} as const satisfies Record<string, { status: number; message: string }>;
