import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
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
      from: './auth/hawk-users-file.js',
    },
  ],
  testEnv: { HAWK_USERS_FILE: '{tmp}/hawk-users.json' },
};
