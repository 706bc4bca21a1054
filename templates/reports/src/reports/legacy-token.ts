import { Fernet } from 'fernet-nodejs';
import { z } from 'zod';
import { AppError } from '../errors.js';

/**
 * What a v1 sender encrypts: `{"updated_at", "data": [...]}`, or the list of
 * repositories alone. Items are objects or JSON strings of them.
 */
const legacyContent = z.union([
  z
    .looseObject({ updated_at: z.unknown(), data: z.array(z.unknown()) })
    .transform((content) => content.data),
  z.array(z.unknown()),
]);

/**
 * The items of a v1 body: a Fernet token (the body itself, or a JSON string)
 * under ENCRYPTION_KEY. Which endpoint it was posted to says whether they
 * are private; parseReports checks them like any others.
 */
export function legacyItems(body: unknown, fernetKey: string): unknown[] {
  if (typeof body !== 'string' || body.trim() === '')
    throw new AppError('bad_request', 'Expected a Fernet token as the body');
  let content: unknown;
  try {
    content = JSON.parse(Fernet.decrypt(body.trim(), fernetKey)) as unknown;
  } catch {
    throw new AppError('bad_request', 'The body is not a Fernet token of ENCRYPTION_KEY');
  }
  const parsed = legacyContent.safeParse(content);
  if (!parsed.success)
    throw new AppError(
      'bad_request',
      'The decrypted body is neither {"updated_at", "data": [...]} nor a list of repositories',
    );
  return parsed.data;
}
