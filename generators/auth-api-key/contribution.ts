import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  env: [
    {
      name: 'API_KEYS',
      schema:
        "z.string().default('').transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean)).pipe(z.array(z.string().min(16)))",
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
  authenticators: [{ name: 'apiKeyAuthenticator', from: './api-key.js' }],
  readme: [{ title: 'API keys', partial: 'api-key.md' }],
};
