import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  errors: [
    { code: 'unauthorized', status: 401, message: 'Authentication is required' },
    { code: 'forbidden', status: 403, message: 'This client may not do that' },
  ],
  readme: [{ title: 'API authentication', partial: 'api-auth.md' }],
};
