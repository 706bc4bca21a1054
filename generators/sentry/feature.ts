import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dependencies: ['@sentry/node'],
  env: [
    {
      name: 'SENTRY_DSN',
      schema: 'z.url({ protocol: /^https?$/ }).optional()',
      expects: "a Sentry project's DSN, https://key@host/project; unset, nothing is sent or loaded",
      example: '',
    },
    {
      name: 'SENTRY_ENVIRONMENT',
      schema: 'z.string().regex(/^[\\w.-]{1,64}$/).optional()',
      expects: 'the environment events are filed under, such as staging; unset: NODE_ENV',
      example: '',
    },
  ],
  failureReporters: [{ name: 'openSentry', from: 'src/failures/sentry.ts' }],
  readme: [{ title: 'Sentry', partial: 'sentry.md' }],
};

/** Failures as Sentry events, when SENTRY_DSN is set. */
export default {
  summary: 'Sentry events for 5xx answers, failed tasks and failed starts, when SENTRY_DSN is set',
  stage: 'platform',
  brings: ['failure-reports'],
  choice: {
    answer: 'adapters',
    value: 'sentry',
    label: 'Sentry: 5xx answers, failed tasks and failed starts as events (SENTRY_DSN)',
  },
  contribution,
} satisfies FeatureDeclaration;
