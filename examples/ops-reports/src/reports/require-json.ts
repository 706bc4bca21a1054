import type { Request } from 'express';
import { AppError } from '../errors.js';

/** 415 unless the body was sent as JSON: express.json leaves other bodies unread. */
export function requireJson(req: Request, what: string) {
  if (!req.is('application/json'))
    throw new AppError('unsupported_media_type', `Send ${what} as application/json`);
}
