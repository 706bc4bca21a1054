import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dataFolders: ['.data'],
  env: [
    {
      name: 'HAWK_USERS_FILE',
      schema: "z.string().min(1).default('.data/hawk-users.json')",
      expects: 'the JSON file of Hawk users that `npm run manage -- add-hawk-user` writes',
      example: '.data/hawk-users.json',
    },
  ],
  deps: [
    {
      name: 'hawkUsers',
      type: 'HawkUserStore',
      factory: 'createFileHawkUserStore',
      from: 'src/auth/hawk-users-file.ts',
    },
  ],
  testEnv: { HAWK_USERS_FILE: '{tmp}/hawk-users.json' },
};

/** Hawk users in the JSON file at HAWK_USERS_FILE. */
export default {
  summary: 'Hawk users in a JSON file',
  stage: 'auth',
  after: ['auth-hawk'],
  joins: ({ answers, has }) => has('auth-hawk') && answers.database === 'none',
  contribution,
} satisfies FeatureDeclaration;
