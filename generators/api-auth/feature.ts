import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  errors: [
    { code: 'unauthorized', status: 401, message: 'Authentication is required' },
    { code: 'forbidden', status: 403, message: 'This client may not do that' },
  ],
  layout: [{ path: 'src/auth/', holds: 'who calls: API clients and signed-in users' }],
  readme: [{ title: 'API authentication', partial: 'api-auth.md' }],
};

/** The API client guard every API scheme (hawk, api-key) plugs into. */
export default {
  summary: 'The API client guard: requireClient over the chosen schemes, with scopes',
  stage: 'auth',
  contribution,
} satisfies FeatureDeclaration;
