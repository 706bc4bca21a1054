import type { IncomingMessage, ServerResponse } from 'node:http';

declare module 'http' {
  interface IncomingMessage {
    /** The body exactly as received, for checks over its bytes (payload signatures, webhooks). */
    rawBody?: Buffer;
  }
}

/** The `verify` hook of express.json(): keeps the bytes it parsed. */
export function keepRawBody(req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  req.rawBody = body;
}
