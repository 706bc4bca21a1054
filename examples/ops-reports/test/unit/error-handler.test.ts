import { AppError } from '../../src/errors.js';
import { toErrorResponse } from '../../src/http/error-handler.js';

// The shape body-parser and the router give their errors (http-errors).
const httpError = (status: number, type?: string) =>
  Object.assign(new Error('raw parser text'), { status, expose: true, type });

describe('toErrorResponse', () => {
  it('answers an AppError with its catalogued status and code', () => {
    expect(toErrorResponse(new AppError('not_found', 'No report named x'))).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'No report named x' } },
      headers: {},
      unexpected: false,
    });
  });

  it('carries the headers an AppError asks for', () => {
    const error = new AppError('bad_request').withHeaders({ 'Retry-After': '5' });
    expect(toErrorResponse(error).headers).toEqual({ 'Retry-After': '5' });
  });

  it('keeps the details of an AppError', () => {
    const { body } = toErrorResponse(new AppError('bad_request', undefined, { field: 'name' }));
    expect(body.error).toEqual({
      code: 'bad_request',
      message: 'The request is malformed',
      details: { field: 'name' },
    });
  });

  it.each([
    [httpError(400, 'entity.parse.failed'), 400, 'malformed_json'],
    [httpError(413, 'entity.too.large'), 413, 'payload_too_large'],
    [httpError(415, 'encoding.unsupported'), 415, 'unsupported_media_type'],
    [httpError(400, 'request.size.invalid'), 400, 'bad_request'],
  ])('maps a client error to its code without the raw text (%#)', (error, status, code) => {
    const response = toErrorResponse(error);
    expect(response).toMatchObject({ status, body: { error: { code } }, unexpected: false });
    expect(response.body.error.message).not.toContain('raw parser text');
  });

  it('answers a path parameter with a bad escape 400, as the router marks it', () => {
    const error = Object.assign(new URIError("Failed to decode param '%'"), { status: 400 });
    expect(toErrorResponse(error)).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
      unexpected: false,
    });
  });

  it('answers anything else as a 500 that hides the internals and must be logged', () => {
    const response = toErrorResponse(new Error('password=hunter2'));
    expect(response).toEqual({
      status: 500,
      body: { error: { code: 'internal_error', message: 'Something went wrong on our side' } },
      unexpected: true,
    });
  });

  it('does not trust a 5xx or an unexposed status on a foreign error', () => {
    expect(
      toErrorResponse(Object.assign(new Error('x'), { status: 503, expose: false })).status,
    ).toBe(500);
    expect(
      toErrorResponse(Object.assign(new Error('x'), { status: 400, expose: false })).status,
    ).toBe(500);
  });
});
