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
  ],
  authenticators: [{ name: 'apiKeyAuthenticator', from: './api-key.js' }],
  readme: [{ title: 'API keys', partial: 'api-key.md' }],
};
