import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  dependencies: ['@aws-sdk/client-kms'],
  env: [
    {
      name: 'AWS_REGION',
      schema: 'z.string().min(1).optional()',
      expects:
        'the AWS region; set, config values in KMS ciphertext form (AQEC...) are decrypted at start',
      example: '',
    },
  ],
  envResolvers: [{ name: 'decryptKmsValues', from: './env/kms-values.js' }],
  readme: [{ title: 'KMS-encrypted values', partial: 'kms-values.md' }],
};
