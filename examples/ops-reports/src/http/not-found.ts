import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

/** The last route: anything no plugin answered. */
export const notFound: RequestHandler = (req) => {
  throw new AppError('not_found', `No route for ${req.method} ${req.path}`);
};
