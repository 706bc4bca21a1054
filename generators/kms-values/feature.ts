import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
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
  envResolvers: [{ name: 'decryptKmsValues', from: 'src/env/kms-values.ts' }],
  readme: [{ title: 'KMS-encrypted values', partial: 'kms-values.md' }],
};

/** The env resolver that decrypts KMS values. */
export default {
  summary: 'KMS-encrypted config values (AQEC...), decrypted at start when AWS_REGION is set',
  stage: 'platform',
  choice: {
    answer: 'tooling',
    value: 'kms-values',
    label: 'KMS values: config values encrypted with AWS KMS',
  },
  contribution,
} satisfies FeatureDeclaration;
