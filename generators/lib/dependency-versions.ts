/**
 * Every npm package a generated service may depend on, with the one version
 * we ship. Features name packages by key, so a typo fails the type-check and
 * bumping a version is a one-line change that every template picks up.
 * Versions are exact: the end-to-end test proves this exact set works together.
 */
export const dependencyVersions = {
  // runtime
  '@aws-sdk/client-dynamodb': '3.1162.0',
  '@aws-sdk/client-kms': '3.1162.0',
  '@aws-sdk/client-s3': '3.1178.0',
  '@aws-sdk/lib-dynamodb': '3.1162.0',
  '@aws-sdk/s3-request-presigner': '3.1178.0',
  '@electric-sql/pglite': '0.5.16',
  // Loaded only when SENTRY_DSN is set (src/failures/sentry.ts).
  '@sentry/node': '11.12.0',
  // dynalite's own, imported to close its iterators (src/db/dynalite-iterators.ts).
  'abstract-level': '3.1.1',
  bullmq: '6.7.0',
  // 1.x: 2.x wants Node 22.
  // 1.8 answers brotli as well as gzip.
  compression: '1.8.2',
  cookie: '1.1.1',
  dynalite: '4.0.0',
  'escape-html': '1.0.3',
  express: '5.3.0',
  'fernet-nodejs': '1.0.6',
  'govuk-frontend': '6.6.0',
  hawk: '9.0.2',
  helmet: '8.3.0',
  ioredis: '5.9.2',
  jose: '6.2.18',
  'mime-types': '3.0.2',
  nunjucks: '3.2.4',
  'node-pg-migrate': '9.0.0',
  nodemailer: '10.6.1',
  pg: '8.23.1',
  pino: '10.4.0',
  // Reads a compressed body up to a limit; express's own body-parser reads it through.
  'raw-body': '3.0.2',
  'proper-lockfile': '4.1.2',
  'pino-http': '11.0.0',
  // The reference page's script and styles, served by the service (src/openapi/api-docs.routes.ts).
  'swagger-ui-dist': '5.35.0',
  zod: '4.6.7',
  // OpenAPI 3.1 from zod 4's own JSON Schema, with no patching of zod; 6.x wants Node 22.
  'zod-openapi': '5.4.6',
  // tooling
  '@axe-core/playwright': '4.13.0',
  // The contract test: the document checked as OpenAPI 3.1, answers against its schemas.
  '@readme/openapi-parser': '9.0.0',
  ajv: '8.20.0',
  'ajv-formats': '3.0.1',
  '@eslint/js': '10.0.1',
  '@inquirer/prompts': '7.10.1',
  '@swc/core': '1.16.22',
  '@swc/jest': '0.2.39',
  '@types/autocannon': '7.12.7',
  '@types/compression': '1.8.1',
  '@types/escape-html': '1.0.4',
  '@types/express': '5.0.6',
  '@types/hawk': '9.0.7',
  '@types/jest': '30.0.0',
  '@types/mime-types': '3.0.1',
  '@types/node': '20.19.43',
  '@types/nodemailer': '8.0.2',
  '@types/nunjucks': '3.2.6',
  '@types/oidc-provider': '9.12.1',
  '@types/pg': '8.23.1',
  '@types/proper-lockfile': '4.1.4',
  '@types/supertest': '7.2.1',
  autocannon: '9.0.0',
  eslint: '10.15.0',
  'eslint-config-prettier': '10.1.8',
  'fast-check': '4.10.2',
  globals: '17.14.0',
  jest: '30.5.2',
  knip: '6.48.0',
  mailparser: '3.14.5',
  'oidc-provider': '9.13.3',
  'openid-client': '6.8.9',
  'pino-pretty': '13.2.0',
  'playwright-core': '1.65.1',
  prettier: '3.10.1',
  s3rver: '3.7.1',
  'smtp-server': '3.21.7',
  supertest: '7.3.2',
  tsx: '4.23.15',
  typescript: '5.9.3',
  'typescript-eslint': '8.73.0',
  'dockerfile-ast': '0.7.1',
  yaml: '2.9.1',
} as const;

export type DependencyName = keyof typeof dependencyVersions;

/**
 * Packages our dependencies bring that have install scripts, which npm 11
 * skips unless package.json allows them, and lists after every install.
 * None is needed: each script only builds or fetches a native binary that
 * ships prebuilt for the platform (or is optional, with a JavaScript
 * fallback). Generated projects deny them by name, which records that they
 * were reviewed and keeps the install quiet; the e2e fails on a new one.
 */
export const installScriptsNotNeeded: Record<string, { broughtBy: DependencyName; why: string }> = {
  '@swc/core': { broughtBy: '@swc/jest', why: 'its binary comes in @swc/core-<platform>' },
  '@parcel/watcher': { broughtBy: 'jest', why: 'prebuilt in @parcel/watcher-<platform>' },
  esbuild: { broughtBy: 'tsx', why: 'its binary comes in @esbuild/<platform>' },
  'classic-level': { broughtBy: 'dynalite', why: 'ships prebuilds; in-memory data needs none' },
  '@scarf/scarf': {
    broughtBy: 'swagger-ui-dist',
    why: 'it only tells Scarf of the install; denied, nothing is sent',
  },
  'msgpackr-extract': { broughtBy: 'bullmq', why: 'optional; msgpackr falls back to JavaScript' },
};
