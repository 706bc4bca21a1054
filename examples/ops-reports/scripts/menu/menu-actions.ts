import type { MenuAction } from './menu-action.js';

/** Every action of `npm run menu`, by heading. */
export const menuActions: readonly MenuAction[] = [
  {
    group: 'Server',
    label: 'Dev server (watch, embedded engines)',
    run: ['npm', 'run', 'dev'],
  },
  {
    group: 'Server',
    label: 'Build and start as in production',
    run: ['sh', '-c', 'npm run build && npm start'],
  },
  {
    group: 'Tests',
    label: 'Lint and format check',
    run: ['npm', 'run', 'lint'],
  },
  {
    group: 'Database',
    label: 'Create missing tables',
    run: ['npm', 'run', 'manage', '--', 'db', 'create'],
  },
  {
    group: 'Database',
    label: 'Seed from a batch-write-item file',
    run: ['npm', 'run', 'manage', '--', 'db', 'seed'],
    input: {
      message: 'Seed file',
    },
  },
  {
    group: 'Tests',
    label: 'Browser tests (chromium)',
    run: ['npm', 'run', 'test:browser'],
  },
  {
    group: 'Tests',
    label: 'All tests (unit, integration, acceptance)',
    run: ['npm', 'test'],
  },
  {
    group: 'Tests',
    label: 'Unit tests',
    run: ['npm', 'run', 'test:unit'],
  },
  {
    group: 'Tests',
    label: 'Integration tests',
    run: ['npm', 'run', 'test:integration'],
  },
  {
    group: 'Tests',
    label: 'Acceptance tests',
    run: ['npm', 'run', 'test:acceptance'],
  },
  {
    group: 'Tests',
    label: 'Smoke tests (SMOKE_URL)',
    run: ['npm', 'run', 'test:smoke'],
  },
  {
    group: 'Tests',
    label: 'Load test (TARGET_URL)',
    run: ['npm', 'run', 'test:load'],
  },
  {
    group: 'Docs',
    label: 'Read the README',
    run: ['less', 'README.md'],
  },
  {
    group: 'Release',
    label: 'Release a patch version (commit and tag v<version>)',
    run: ['npm', 'version', 'patch', '-m', 'Release %s'],
  },
  {
    group: 'Release',
    label: 'Release a minor version (commit and tag v<version>)',
    run: ['npm', 'version', 'minor', '-m', 'Release %s'],
  },
  {
    group: 'Server',
    label: 'Compose up (dev stack)',
    run: ['docker', 'compose', 'up', '--build', '-d'],
  },
  {
    group: 'Server',
    label: 'Compose logs',
    run: ['docker', 'compose', 'logs', '-f', '--tail=100'],
  },
  {
    group: 'Server',
    label: 'Compose down',
    run: ['docker', 'compose', 'down'],
  },
  {
    group: 'Server',
    label: 'Production stack up (lint first)',
    run: ['make', 'prod'],
  },
  {
    group: 'Secrets',
    label: 'Compile .env files for an environment',
    run: ['npm', 'run', 'secrets', '--'],
    input: {
      message: 'Environment',
      choices: ['local', 'docker', 'develop', 'staging', 'prod', '--all'],
    },
  },
];
