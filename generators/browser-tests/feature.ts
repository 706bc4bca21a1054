import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';
import { jest } from '../lib/jest-command.js';

const contribution: Contribution = {
  devDependencies: ['@axe-core/playwright', 'playwright-core'],
  scripts: { 'test:browser': `${jest} test/browser` },
  // GitHub's Ubuntu runners have Google Chrome, not Debian's chromium, and no root for apt.
  ciSteps: [
    {
      name: 'browser tests',
      run: 'npm run test:browser',
      env: { CHROMIUM_PATH: '/usr/bin/google-chrome' },
    },
  ],
  menuActions: [
    { group: 'Tests', label: 'Browser tests (chromium)', run: ['npm', 'run', 'test:browser'] },
  ],
  deadCodeExceptions: [
    {
      kind: 'ignoreBinaries',
      name: 'apt-get',
      why: 'the browser tests install Debian’s chromium where it is missing',
    },
  ],
  layout: [{ path: 'test/browser/', holds: 'pages in a real browser (Chromium), with axe' }],
};

/**
 * Pages tested in a real browser: Debian's chromium driven by
 * playwright-core, with axe, for the features that serve pages.
 */
export default {
  summary: 'Browser tests: pages in Chromium with playwright-core and axe (npm run test:browser)',
  stage: 'tests',
  contribution,
} satisfies FeatureDeclaration;
