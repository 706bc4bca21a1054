import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import express, { type RequestHandler } from 'express';
import getRawBody from 'raw-body';
import { AppError } from '../errors.js';

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

const inflaters: Partial<Record<string, () => Transform>> = {
  gzip: createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The inflated bytes of a compressed body, as an uncompressed request carrying them. */
function replayOf(req: IncomingMessage, body: Buffer) {
  const headers = { ...req.headers, 'content-length': String(body.length) };
  delete headers['content-encoding'];
  delete headers['transfer-encoding'];
  return Object.assign(Readable.from([body]), { headers }) as unknown as IncomingMessage & {
    body?: unknown;
  };
}

/**
 * Puts `parse` (a body-parser) in front of a route, inflating a compressed
 * body of its `type` first. body-parser inflates too, but a body that
 * inflates past the limit is answered only once the whole upload has been
 * read: a gzip bomb held its connection for seconds. Here the 413 goes out
 * as the inflated bytes cross the limit and the connection closes instead
 * of draining; the bytes that fit go to `parse` as a plain body, so its
 * rules (type, charset, strict JSON) stay its own.
 */
export function boundedBody(limit: string, type: string, parse: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const inflater = inflaters[String(req.headers['content-encoding']).toLowerCase()]?.();
    if (!inflater || !req.is(type)) {
      parse(req, res, next);
      return;
    }
    req.pipe(inflater);
    getRawBody(inflater, { limit }).then(
      (body) => {
        const replay = replayOf(req, body);
        parse(replay as never, res, (error?: unknown) => {
          if (error) return next(error);
          req.body = replay.body;
          req.rawBody = replay.rawBody;
          next();
        });
      },
      (error: { type?: string }) => {
        req.unpipe(inflater);
        inflater.destroy();
        if (error.type === 'entity.too.large') {
          res.set('Connection', 'close');
          return next(new AppError('payload_too_large'));
        }
        next(
          new AppError('bad_request', `The body is not valid ${req.headers['content-encoding']}`),
        );
      },
    );
  };
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
  boundedBody(limit, 'application/json', express.json({ limit, verify: keepRawBody, ...options }));
