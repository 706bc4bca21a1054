import { DecryptCommand } from '@aws-sdk/client-kms';
import { decryptKmsValues, decryptWith, type KmsDecrypt } from '../../src/env/kms-values.js';

// KMS cannot be reached from a test: the stand-in replaces the SDK client at
// its one call, and checks that it is asked exactly what the real one would be.
const ciphertext = (plaintext: string) =>
  Buffer.concat([Buffer.from([0x01, 0x01, 0x02]), Buffer.from(`sealed:${plaintext}`)]).toString(
    'base64',
  );

function standInKms(): KmsDecrypt & { calls: number } {
  const kms = {
    calls: 0,
    send(command: DecryptCommand) {
      kms.calls += 1;
      expect(command).toBeInstanceOf(DecryptCommand);
      const blob = Buffer.from(command.input.CiphertextBlob ?? new Uint8Array())
        .subarray(3)
        .toString();
      if (!blob.startsWith('sealed:')) {
        return Promise.reject(
          Object.assign(new Error('denied'), { name: 'AccessDeniedException' }),
        );
      }
      return Promise.resolve({ Plaintext: new TextEncoder().encode(blob.slice('sealed:'.length)) });
    },
  };
  return kms as KmsDecrypt & { calls: number };
}

describe('KMS-encrypted config values', () => {
  it('decrypts each value in the ciphertext form and leaves the others alone', async () => {
    const kms = standInKms();
    const warnings: string[] = [];
    const env = { PARTNER_TOKEN: ciphertext('key-1,key-2'), PORT: '3000', EMPTY: undefined };
    expect(env.PARTNER_TOKEN).toMatch(/^AQEC/);
    const resolved = await decryptWith(kms, env, (warning) => warnings.push(warning));
    expect(resolved).toEqual({ PARTNER_TOKEN: 'key-1,key-2', PORT: '3000', EMPTY: undefined });
    expect(kms.calls).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('keeps a value it cannot decrypt, and names the variable, never the value', async () => {
    const unreadable = `AQEC${Buffer.from('someone else’s key').toString('base64')}`;
    const warnings: string[] = [];
    const resolved = await decryptWith(standInKms(), { TOKEN: unreadable }, (warning) =>
      warnings.push(warning),
    );
    expect(resolved.TOKEN).toBe(unreadable);
    expect(warnings).toEqual([
      'TOKEN looks KMS-encrypted but could not be decrypted (AccessDeniedException); using it as it is',
    ]);
  });

  it('asks nothing of KMS without AWS_REGION', async () => {
    const env = { PARTNER_TOKEN: ciphertext('x') };
    await expect(decryptKmsValues(env, () => undefined)).resolves.toBe(env);
  });
});
