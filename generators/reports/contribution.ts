import type { Contribution } from '../lib/contribution.js';
import { jest } from '../lib/jest-command.js';

export const contribution: Contribution = {
  dependencies: ['fernet-nodejs', 'govuk-frontend', 'nunjucks'],
  devDependencies: ['@axe-core/playwright', '@types/nunjucks', 'playwright-core'],
  scripts: { 'test:browser': `${jest} test/browser` },
  env: [
    {
      name: 'ENCRYPTION_KEY',
      schema: 'z.string().regex(/^([\\da-f]{64}|[\\da-f]{88}|[\\w+/-]{43}=?)$/i).optional()',
      expects:
        '32 bytes as 64 hex digits, base64, or the hex of a Fernet key; reports are sealed with it',
      example: '',
      secret: true,
    },
    {
      name: 'DYNAMODB_TABLE_NAME',
      schema: 'z.string().regex(/^[\\w.-]{3,255}$/).optional()',
      expects: 'the reports table name (3 to 255 letters, digits, . - or _); unset: github-reports',
      example: '',
    },
    {
      name: 'REPORTS_BODY_LIMIT',
      schema: "z.string().regex(/^\\d+(b|kb|mb)$/i).default('10mb')",
      expects: 'the largest report upload, such as 10mb (5,000 repositories fit 10mb)',
      example: '10mb',
    },
    {
      name: 'REPORTS_CACHE_SECONDS',
      schema: 'z.coerce.number().int().min(0).max(3600).default(30)',
      expects: 'how long an instance may show reports before reading them again (0 to 3600)',
      example: '30',
    },
  ],
  deps: [
    { name: 'reports', type: 'Reports', factory: 'openReports', from: './reports/reports.js' },
  ],
  startup: [{ name: 'prepareReports', from: './reports/reports.js' }],
  tables: [{ name: 'reportsTable', from: '../reports/dynamodb-report-store.js' }],
  pageLayouts: [{ name: 'govukPage', from: '../reports/pages/govuk-page.js' }],
  // Uploads check the API key before reading their bodies, so they mount ahead of the JSON parser.
  bodyParsers: [{ name: 'reportsUploadRoutes', from: './reports/reports-upload.routes.js' }],
  plugins: [
    { name: 'reportsApiRoutes', from: './reports/reports-api.routes.js' },
    { name: 'reportsPagesRoutes', from: './reports/pages/reports-pages.routes.js' },
  ],
  benchSteps: [{ name: 'reportsBench', from: './bench-reports.js' }],
  // The pages' templates and browser script are read at run time, beside dist/.
  runtimeFolders: ['public', 'views'],
  // GitHub's Ubuntu runners have Google Chrome, not Debian's chromium, and no root for apt.
  ciSteps: [
    {
      name: 'browser tests',
      run: 'npm run test:browser',
      env: { CHROMIUM_PATH: '/usr/bin/google-chrome' },
    },
  ],
  menuActions: [
    {
      group: 'Tests',
      label: 'Browser tests (chromium)',
      run: ['npm', 'run', 'test:browser'],
    },
  ],
  errors: [
    {
      code: 'invalid_reports',
      status: 422,
      message: 'Some reports do not match the report schema',
    },
    {
      code: 'report_too_large',
      status: 413,
      message: 'A report is larger than DynamoDB keeps in one item',
    },
  ],
  // Tests seal with a key of their own, never the development one.
  testEnv: { ENCRYPTION_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff' },
  readme: [{ title: 'GitHub repository reports', partial: 'reports.md' }],
};
