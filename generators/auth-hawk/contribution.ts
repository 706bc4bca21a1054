import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  dependencies: ['hawk'],
  devDependencies: ['@types/hawk'],
  env: [
    {
      name: 'HAWK_TIMESTAMP_SKEW_SEC',
      schema: 'z.coerce.number().int().min(1).max(600).default(60)',
      expects: 'how many seconds a Hawk timestamp may differ from the server clock, 1 to 600',
      example: '60',
    },
    {
      name: 'HAWK_SIGN_RESPONSES',
      schema: 'z.stringbool().default(false)',
      expects: 'true to sign responses with a Server-Authorization header',
      example: 'false',
    },
  ],
  deps: [
    {
      name: 'hawkNonces',
      type: 'NonceCache',
      factory: 'createNonceCache',
      from: './auth/hawk-nonces.js',
    },
  ],
  authenticators: [{ name: 'hawkAuthenticator', from: './hawk.js' }],
  commands: [
    { name: 'addHawkUser', from: './hawk-commands.js' },
    { name: 'hawkRequest', from: './hawk-commands.js' },
  ],
  readme: [{ title: 'Hawk', partial: 'hawk.md' }],
};
