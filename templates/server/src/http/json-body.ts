import express, { type RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare module 'http' {
  interface IncomingMessage {
    /** The body exactly as received, for checks over its bytes (payload signatures, webhooks). */
    rawBody?: Buffer;
  }
}

/** The `verify` hook of express.json(): keeps the bytes it parsed. */
function keepRawBody(req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  req.rawBody = body;
}

/**
 * The JSON body parser a route that takes a body puts in front of its
 * handler: up to `limit` (BODY_LIMIT, or a route's own), the bytes kept for
 * authenticators that sign them (Hawk). There is no service-wide parser, so
 * a route without one never reads a body, and a route with a larger limit
 * (a bulk upload) or a check that must come before the body is read (an API
 * key) needs no exception elsewhere. Malformed JSON, a body over the limit
 * or an encoding it cannot read end in the JSON 400, 413 or 415 of the error
 * handler.
 */
export const jsonBody = (limit: string, options: { strict?: boolean } = {}): RequestHandler =>
  express.json({ limit, verify: keepRawBody, ...options });
