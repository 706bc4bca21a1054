import { Fernet } from 'fernet-nodejs';
import { z } from 'zod';
import { AppError } from '../errors.js';

/** What a v1 sender encrypts: when its data was made, and the repositories. */
const legacyContent = z.looseObject({
  updated_at: z.unknown(),
  data: z.array(z.unknown()),
});

/**
 * The items of a v1 body: a Fernet token (the body itself, or a JSON string)
 * under ENCRYPTION_KEY. v1 items are reports or a repository's data alone;
 * either becomes a report, private or not as the endpoint says unless the
 * item says itself.
 */
export function legacyItems(body: unknown, fernetKey: string, isPrivate: boolean): unknown[] {
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
    throw new AppError('bad_request', 'The decrypted body is not {"updated_at", "data": [...]}');
  return parsed.data.data.map((item) => {
    if (typeof item !== 'object' || item === null) return item;
    const record = item as Record<string, unknown>;
    const data = (record.data ?? record) as Record<string, unknown>;
    return { name: record.name, data: { is_private: isPrivate, ...data } };
  });
}
