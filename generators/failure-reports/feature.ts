import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  // Before the error pages: it sees every error and answers none.
  errorPages: [{ name: 'reportServerErrors', from: 'src/failures/report-server-errors.ts' }],
  layout: [
    { path: 'src/failures/', holds: 'failures a person should hear of, and who tells them' },
  ],
};

/**
 * Where 5xx answers, failed tasks and failed starts are told to the
 * reporters features contribute (Sentry, Slack), planned for those features.
 */
export default {
  summary: 'Failures (5xx answers, failed tasks, failed starts) told to the reporters features add',
  stage: 'service',
  contribution,
} satisfies FeatureDeclaration;
