import type { FeatureDeclaration } from '../lib/feature-declaration.js';

/** Waiting at start for what a service reaches over the network, for the features that do. */
export default {
  summary:
    'retryAtStartup: a start waits for its database or issuer (STARTUP_TIMEOUT_MS), then names it',
  stage: 'platform',
  contribution: {},
} satisfies FeatureDeclaration;
