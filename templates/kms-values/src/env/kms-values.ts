import { DecryptCommand, KMSClient } from '@aws-sdk/client-kms';
import type { EnvResolver } from '../config.js';

/** What KMS ciphertext looks like in an env var: base64 of a blob that starts AQEC… once encoded. */
const KMS_CIPHERTEXT = /^AQEC[A-Za-z0-9+/]+={0,2}$/;

/** The one call made to KMS; a test hands in a stand-in for it. */
export type KmsDecrypt = Pick<KMSClient, 'send'>;

/**
 * Decrypts every value in the KMS ciphertext form with `kms`, once, at start.
 * A value that cannot be decrypted (no permission, another account's key)
 * is kept as it is and a warning names the variable, never the value.
 */
export async function decryptWith(
  kms: KmsDecrypt,
  env: Record<string, string | undefined>,
  warn: (message: string) => void,
): Promise<Record<string, string | undefined>> {
  const decrypted = { ...env };
  const encrypted = Object.entries(env).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && KMS_CIPHERTEXT.test(entry[1]),
  );
  await Promise.all(
    encrypted.map(async ([name, value]) => {
      try {
        const { Plaintext } = await kms.send(
          new DecryptCommand({ CiphertextBlob: Buffer.from(value, 'base64') }),
        );
        if (!Plaintext) throw new Error('KMS returned no plaintext');
        decrypted[name] = Buffer.from(Plaintext).toString('utf8');
      } catch (error) {
        warn(
          `${name} looks KMS-encrypted but could not be decrypted (${(error as Error).name}); using it as it is`,
        );
      }
    }),
  );
  return decrypted;
}

/** The env resolver: with AWS_REGION set, KMS ciphertexts are decrypted; without it, nothing changes. */
export const decryptKmsValues: EnvResolver = async (env, warn) => {
  const region = env.AWS_REGION;
  if (!region) return env;
  const kms = new KMSClient({ region });
  try {
    return await decryptWith(kms, env, warn);
  } finally {
    kms.destroy();
  }
};
