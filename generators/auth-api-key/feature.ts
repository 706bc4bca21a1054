import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  env: [
    {
      name: 'API_KEYS',
      schema: "z.string().default('').transform(commaList).pipe(z.array(z.string().min(16)))",
      uses: [{ name: 'commaList', from: 'src/env/comma-list.ts' }],
      expects: 'the accepted API keys, comma-separated, each at least 16 characters',
      example: '',
      secret: true,
    },
    {
      name: 'API_KEY',
      schema: 'z.string().min(16).optional()',
      expects: 'one more accepted key (at least 16 characters), under the name Flask services used',
      example: '',
      secret: true,
    },
  ],
  authenticators: [{ name: 'apiKeyAuthenticator', from: 'src/auth/api-key.ts' }],
  apiSchemes: [{ name: 'apiKeyScheme', from: 'src/auth/api-key.ts' }],
  readme: [{ title: 'API keys', partial: 'api-key.md' }],
};

/** API keys in the X-API-KEY header. */
export default {
  summary: 'API keys: X-API-KEY checked in constant time against API_KEYS',
  stage: 'auth',
  choice: {
    answer: 'auth',
    value: 'api-key',
    label: 'API key: X-API-KEY header checked against keys from config',
  },
  brings: ['api-auth', 'env-lists'],
  contribution,
  nextSteps: [
    'set API_KEY (or API_KEYS, comma-separated) in .env: the keys clients send as X-API-KEY',
  ],
} satisfies FeatureDeclaration;
