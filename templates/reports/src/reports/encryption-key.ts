import { hkdfSync } from 'node:crypto';
import type { EnvRule } from '../config.js';
import { StartupError } from '../startup-error.js';

const KEY_BYTES = 32;

/**
 * The 32 key bytes of ENCRYPTION_KEY, which comes in three spellings:
 * 64 hex digits; base64 (or base64url, as Fernet keys are); or the hex of
 * a Fernet key, which is how the Python service kept it, so its senders'
 * key works unchanged.
 */
export function keyBytes(value: string): Buffer {
  const text = /^[\da-f]{88}$/i.test(value) ? Buffer.from(value, 'hex').toString('ascii') : value;
  const bytes = /^[\da-f]{64}$/i.test(text)
    ? Buffer.from(text, 'hex')
    : /^[\w+/-]{43}=?$/.test(text)
      ? Buffer.from(text, 'base64url')
      : Buffer.alloc(0);
  if (bytes.length !== KEY_BYTES) {
    throw new StartupError(
      'ENCRYPTION_KEY: expected 32 bytes as 64 hex digits, base64, or the hex of a Fernet key',
    );
  }
  return bytes;
}

/** The keys made from ENCRYPTION_KEY, one for each use, so no key serves two ciphers. */
export interface ReportKeys {
  /** AES-256-GCM, for reports at rest. */
  atRest: Buffer;
  /** The Fernet key (base64url) of the v1 senders, which is ENCRYPTION_KEY itself. */
  fernet: string;
}

export function reportKeys(value: string): ReportKeys {
  const bytes = keyBytes(value);
  const atRest = Buffer.from(hkdfSync('sha256', bytes, '', 'reports at rest v1', KEY_BYTES));
  return { atRest, fernet: bytes.toString('base64url') + '=' };
}

/** Production seals reports with its own key: the development key in the code is public. */
export const encryptionKeyInProduction: EnvRule = (config) =>
  config.NODE_ENV === 'production' && !config.ENCRYPTION_KEY
    ? 'ENCRYPTION_KEY: missing; production seals reports with it (the public development key is refused)'
    : undefined;
