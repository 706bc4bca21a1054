import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  env: [
    {
      name: 'SLACK_WEBHOOK_URL',
      schema: 'z.url({ protocol: /^https?$/ }).optional()',
      expects:
        "a Slack incoming webhook's URL, https://hooks.slack.com/services/...; unset, alerts are log lines",
      example: '',
      secret: true,
    },
    {
      name: 'SLACK_ALERTS_PER_MINUTE',
      schema: 'z.coerce.number().int().min(1).max(600).default(10)',
      expects: 'how many alerts a minute are posted (1 to 600); the rest are counted in a summary',
      example: '10',
    },
  ],
  failureReporters: [{ name: 'openSlackAlerts', from: 'src/failures/slack-alerts.ts' }],
  readme: [{ title: 'Slack alerts', partial: 'alerts-slack.md' }],
};

/** Failed tasks and failed starts posted to a Slack channel. */
export default {
  summary:
    'Slack alerts for failed tasks and failed starts (SLACK_WEBHOOK_URL), log lines without it',
  stage: 'platform',
  brings: ['failure-reports'],
  choice: {
    answer: 'adapters',
    value: 'alerts-slack',
    label: 'Slack alerts: failed tasks and failed starts, to a channel (SLACK_WEBHOOK_URL)',
  },
  contribution,
} satisfies FeatureDeclaration;
