import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM over a record's JSON: iv, then ciphertext, then tag. The
 * record's name is authenticated with it, so a sealed value moved to
 * another record does not open.
 */
export function seal(key: Buffer, name: string, value: unknown): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(name));
  const body = Buffer.concat([cipher.update(JSON.stringify(value)), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** The value `seal` sealed under `name`; throws when the key, name or bytes differ. */
export function open(key: Buffer, name: string, sealed: Uint8Array): unknown {
  const bytes = Buffer.from(sealed);
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('the sealed record is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES))
    .setAAD(Buffer.from(name))
    .setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  const text = Buffer.concat([
    decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
  return JSON.parse(text) as unknown;
}
