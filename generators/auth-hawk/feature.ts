import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
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
      name: 'HAWK_SINGLE_INSTANCE',
      schema: 'z.stringbool().default(false)',
      expects:
        'true when one process serves every request, so production may keep Hawk nonces without REDIS_URL',
      example: 'false',
    },
    {
      name: 'HAWK_SIGN_RESPONSES',
      schema: 'z.stringbool().default(false)',
      expects: 'true to sign responses with a Server-Authorization header',
      example: 'false',
    },
  ],
  productionNeeds: [
    {
      name: 'REDIS_URL',
      why: "Hawk's nonces, shared by every instance so none accepts a request replayed to another; `HAWK_SINGLE_INSTANCE=true` stands in where one instance serves every request",
    },
  ],
  deps: [
    {
      name: 'hawkNonces',
      type: 'NonceCache',
      factory: 'createNonceCache',
      from: 'src/auth/hawk-nonces.ts',
    },
  ],
  authenticators: [{ name: 'hawkAuthenticator', from: 'src/auth/hawk.ts' }],
  apiSchemes: [{ name: 'hawkScheme', from: 'src/auth/hawk.ts' }],
  commands: [
    { name: 'addHawkUser', from: 'src/cli/hawk-commands.ts' },
    { name: 'hawkRequest', from: 'src/cli/hawk-commands.ts' },
  ],
  readme: [{ title: 'Hawk', partial: 'hawk.md' }],
};

/** Hawk request signing: users, nonces, the authenticator and its manage commands. */
export default {
  summary: 'Hawk: signed requests with scopes, replay protection and response signatures',
  stage: 'auth',
  choice: {
    answer: 'auth',
    value: 'hawk',
    label: 'Hawk: signed API requests with scopes and replay protection',
  },
  // Nonces live in Redis; users are managed from the command line.
  brings: ['api-auth', 'manage', 'redis'],
  contribution,
  nextSteps: [
    `npm run manage -- add-hawk-user --id <client> --key "$(openssl rand -hex 24)" --scope '*'    # a client that may sign requests`,
  ],
} satisfies FeatureDeclaration;
