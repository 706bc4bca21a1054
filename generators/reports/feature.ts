import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dependencies: ['fernet-nodejs', 'govuk-frontend'],
  env: [
    {
      name: 'ENCRYPTION_KEY',
      schema: 'z.string().regex(/^([\\da-f]{64}|[\\da-f]{88}|[\\w+/-]{43}=?)$/i).optional()',
      expects:
        '32 bytes as 64 hex digits, base64, or the hex of a Fernet key; reports are sealed with it',
      example: '',
      secret: true,
      production: 'the key reports are sealed with; the public development key is refused',
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
    { name: 'reports', type: 'Reports', factory: 'openReports', from: 'src/reports/reports.ts' },
  ],
  startup: [{ name: 'prepareReports', from: 'src/reports/reports.ts' }],
  tables: [{ name: 'reportsTable', from: 'src/reports/dynamodb-report-store.ts' }],
  pageLayout: { name: 'govukLayout', from: 'src/reports/pages/govuk-layout.ts' },
  plugins: [
    { name: 'reportsUploadRoutes', from: 'src/reports/reports-upload.routes.ts' },
    { name: 'reportsApiRoutes', from: 'src/reports/reports-api.routes.ts' },
    { name: 'reportsPagesRoutes', from: 'src/reports/pages/reports-pages.routes.ts' },
  ],
  routeDocs: [
    { name: 'reportsUploadRouteDocs', from: 'src/reports/reports-upload.docs.ts' },
    { name: 'reportsApiRouteDocs', from: 'src/reports/reports-api.docs.ts' },
    { name: 'reportsPagesRouteDocs', from: 'src/reports/pages/reports-pages.docs.ts' },
  ],
  fuzzTargets: [{ name: 'reportsFuzz', from: 'test/fuzz/reports-routes.ts' }],
  // The home page answers on any deployment, so the load tier and the soak can both use it.
  benchRoutes: ['/'],
  benchSteps: [{ name: 'reportsBench', from: 'scripts/bench-reports.ts' }],
  // The pages' templates and browser script are read at run time, beside dist/.
  runtimeFolders: ['public', 'views'],
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
  envRules: [{ name: 'encryptionKeyInProduction', from: 'src/reports/encryption-key.ts' }],
  deadCodeExceptions: [
    {
      kind: 'ignore',
      name: 'public/**',
      why: 'the pages’ browser script, served as it is and loaded by the browser, not by Node',
    },
    {
      kind: 'ignoreDependencies',
      name: 'govuk-frontend',
      why: 'its templates, styles and fonts are read from its folder, not imported',
    },
  ],
  testEnv: { ENCRYPTION_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff' },
  layout: [
    { path: 'src/reports/', holds: 'the reports component: ingest, sealed storage, catalog, API' },
    { path: 'src/reports/pages/', holds: 'its GOV.UK pages, rendered once per change' },
    { path: 'public/', holds: 'the pages’ browser script' },
  ],
  readme: [{ title: 'GitHub repository reports', partial: 'reports.md' }],
};

/** The reports component of the ops-reports preset: ingest, storage, badges and pages. */
export default {
  summary: 'GitHub repository standards reports: encrypted in DynamoDB, API-key ingest, badges',
  stage: 'component',
  choice: {
    answer: 'components',
    value: 'reports',
    label: 'GitHub repository standards reports and badges (needs DynamoDB, API key, OIDC login)',
  },
  needs: { database: 'dynamodb', auth: ['api-key', 'oidc-login'] },
  brings: ['pages', 'browser-tests'],
  contribution,
} satisfies FeatureDeclaration;
