import { createCipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * A Fernet token made straight from the spec (github.com/fernet/spec) with
 * node:crypto: what a Python sender's `Fernet(key).encrypt(...)` posts.
 * Written apart from the library the service decrypts with, so a test of
 * both proves they agree on the format, not that a library agrees with itself.
 */
export function fernetToken(key: string, message: string, at = new Date()): string {
  const secret = Buffer.from(key, 'base64url');
  const signingKey = secret.subarray(0, 16);
  const encryptionKey = secret.subarray(16);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-128-cbc', encryptionKey, iv);
  const ciphertext = Buffer.concat([cipher.update(message, 'utf8'), cipher.final()]);
  const timestamp = Buffer.alloc(8);
  timestamp.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 1000)));
  const signed = Buffer.concat([Buffer.from([0x80]), timestamp, iv, ciphertext]);
  const hmac = createHmac('sha256', signingKey).update(signed).digest();
  // Python's urlsafe_b64encode keeps the padding.
  return Buffer.concat([signed, hmac]).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}
