import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';
import { jest } from '../lib/jest-command.js';

const contribution: Contribution = {
  scripts: {
    test: `${jest} test/unit test/integration test/acceptance`,
    'test:acceptance': `${jest} test/acceptance`,
    'test:smoke': `${jest} test/smoke`,
    'test:load': 'tsx test/load/load.ts',
  },
  menuActions: [
    { group: 'Tests', label: 'All tests (unit, integration, acceptance)', run: ['npm', 'test'] },
    { group: 'Tests', label: 'Unit tests', run: ['npm', 'run', 'test:unit'] },
    { group: 'Tests', label: 'Integration tests', run: ['npm', 'run', 'test:integration'] },
    { group: 'Tests', label: 'Acceptance tests', run: ['npm', 'run', 'test:acceptance'] },
    { group: 'Tests', label: 'Smoke tests (SMOKE_URL)', run: ['npm', 'run', 'test:smoke'] },
    { group: 'Tests', label: 'Load test (TARGET_URL)', run: ['npm', 'run', 'test:load'] },
  ],
  layout: [
    { path: 'test/acceptance/', holds: 'the HTTP contract, against a running service' },
    { path: 'test/smoke/', holds: 'a deployed service answers' },
    { path: 'test/load/', holds: 'load runs with their thresholds' },
  ],
  readme: [{ title: 'Test tiers', partial: 'test-tiers.md' }],
};

/** The test tiers past unit and integration. */
export default {
  summary: 'Acceptance, smoke and load test tiers beside unit and integration',
  stage: 'tests',
  joins: () => true,
  contribution,
} satisfies FeatureDeclaration;
