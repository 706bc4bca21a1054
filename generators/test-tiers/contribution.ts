import type { Contribution } from '../lib/contribution.js';
import { jest } from '../lib/jest-command.js';

export const contribution: Contribution = {
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
    { group: 'Tests', label: 'Load test (BASE_URL)', run: ['npm', 'run', 'test:load'] },
  ],
  readme: [{ title: 'Test tiers', partial: 'test-tiers.md' }],
};
