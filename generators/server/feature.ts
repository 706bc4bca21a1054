import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';
import { jest } from '../lib/jest-command.js';

const contribution: Contribution = {
  dependencies: ['compression', 'express', 'helmet', 'pino', 'pino-http', 'raw-body', 'zod'],
  devDependencies: [
    '@eslint/js',
    '@swc/core',
    '@swc/jest',
    '@types/compression',
    '@types/express',
    '@types/autocannon',
    '@types/jest',
    '@types/node',
    '@types/supertest',
    'autocannon',
    'eslint',
    'eslint-config-prettier',
    'fast-check',
    'jest',
    'knip',
    'pino-pretty',
    'prettier',
    'supertest',
    'tsx',
    'typescript',
    'typescript-eslint',
  ],
  scripts: {
    dev: 'tsx watch src/main.ts | pino-pretty',
    build: 'tsc -p tsconfig.build.json',
    start: 'node dist/main.js',
    lint: 'eslint . && prettier --check . && knip',
    format: 'prettier --write .',
    typecheck: 'tsc',
    'test:unit': `${jest} test/unit`,
    'test:integration': `${jest} test/integration`,
    bench: 'npm run build && tsx scripts/bench.ts',
  },
  env: [
    {
      name: 'APP_RUN_MODE',
      schema: "z.string().default('WEB')",
      expects: 'the run mode: WEB, or another mode of src/modes/run-modes.ts',
      example: 'WEB',
    },
    {
      name: 'APP_WORKER_COUNT',
      schema: 'z.coerce.number().int().min(1).max(64).default(1)',
      expects: 'how many processes serve WEB (node:cluster), or tasks a WORKER runs at once',
      example: '1',
    },
    {
      name: 'NODE_ENV',
      schema: "z.enum(['development', 'test', 'production']).default('development')",
      expects: 'development, test or production',
      example: 'development',
      deployed: 'production',
    },
    {
      name: 'HOST',
      schema: "z.string().min(1).default('127.0.0.1')",
      expects: 'the address to listen on; 0.0.0.0 in a container',
      example: '127.0.0.1',
      docker: '0.0.0.0',
      deployed: '0.0.0.0',
    },
    {
      name: 'PORT',
      schema: 'z.coerce.number().int().min(0).max(65535).default(3000)',
      expects: 'a TCP port from 0 to 65535 (0 picks a free one)',
      example: '3000',
    },
    {
      name: 'LOG_LEVEL',
      schema:
        "z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')",
      expects: 'one of fatal, error, warn, info, debug, trace, silent',
      example: 'info',
    },
    {
      name: 'BODY_LIMIT',
      schema: "z.string().regex(/^\\d+(b|kb|mb)$/i).default('100kb')",
      expects: 'the largest request body accepted, such as 100kb or 1mb',
      example: '100kb',
    },
    {
      name: 'TRUST_PROXY',
      schema: "z.string().default('false')",
      expects:
        'whose X-Forwarded-* headers to believe: false, true, a hop count, or addresses and subnets',
      example: 'false',
    },
    {
      name: 'STARTUP_TIMEOUT_MS',
      schema: 'z.coerce.number().int().nonnegative().default(30000)',
      expects:
        'how many milliseconds start-up keeps trying a database or server that is not up yet',
      example: '30000',
    },
    {
      name: 'SHUTDOWN_TIMEOUT_MS',
      schema: 'z.coerce.number().int().positive().default(10000)',
      expects: 'how many milliseconds shutdown waits for requests in flight',
      example: '10000',
    },
  ],
  plugins: [{ name: 'healthRoutes', from: 'src/health/health.routes.ts' }],
  routeDocs: [{ name: 'healthRouteDocs', from: 'src/health/health.docs.ts' }],
  menuActions: [
    { group: 'Server', label: 'Dev server (watch, embedded engines)', run: ['npm', 'run', 'dev'] },
    {
      group: 'Server',
      label: 'Build and start as in production',
      run: ['sh', '-c', 'npm run build && npm start'],
    },
    { group: 'Tests', label: 'Lint and format check', run: ['npm', 'run', 'lint'] },
  ],
  benchRoutes: ['/healthcheck'],
  fuzzTargets: [{ name: 'healthFuzz', from: 'test/fuzz/health-routes.ts' }],
  errors: [
    { code: 'bad_request', status: 400, message: 'The request is malformed' },
    { code: 'malformed_json', status: 400, message: 'The request body is not valid JSON' },
    { code: 'not_found', status: 404, message: 'Nothing here matches this URL' },
    {
      code: 'payload_too_large',
      status: 413,
      message: 'The request body is larger than this service accepts',
    },
    {
      code: 'unsupported_media_type',
      status: 415,
      message: 'The request body has an encoding or charset this service does not read',
    },
    { code: 'internal_error', status: 500, message: 'Something went wrong on our side' },
    {
      code: 'service_unavailable',
      status: 503,
      message: 'A service this one depends on cannot be reached; try again later',
    },
  ],
  layout: [
    {
      path: 'src/main.ts',
      holds: 'start-up: config, logger, then the run mode APP_RUN_MODE names',
    },
    { path: 'src/config.ts', holds: 'the env contract, the only reader of process.env' },
    { path: 'src/app.ts', holds: 'createApp(deps): middleware, plugins, errors; never listens' },
    { path: 'src/deps.ts', holds: 'AppDeps, built once at start by createDeps' },
    { path: 'src/plugins.ts', holds: 'the routes createApp mounts, in order' },
    {
      path: 'src/errors.ts',
      holds: 'AppError; its codes and statuses are in src/error-catalog.ts',
    },
    { path: 'src/env/', holds: 'reading the environment and `_FILE` secrets' },
    { path: 'src/http/', holds: 'request ids and logging, error mapping, graceful shutdown' },
    { path: 'src/health/', holds: '/healthcheck and /ping' },
    { path: 'src/modes/', holds: 'the run modes: WEB listens, and drains on SIGTERM' },
    { path: 'scripts/', holds: 'npm run bench, and the container entrypoint' },
    { path: 'test/unit/', holds: 'pure functions' },
    { path: 'test/integration/', holds: 'the app over HTTP (supertest), against real servers' },
    { path: 'test/fuzz/', holds: 'the JSON routes each part offers the fuzz test, and their keys' },
    {
      path: 'test/helpers/',
      holds: 'what tests share: deps with test config, services started for them',
    },
  ],
  readme: [
    { title: 'Development', partial: 'development.md' },
    { title: 'Layout', partial: 'layout.md' },
  ],
};

/**
 * The files the base service owns, as output paths. Each is copied from
 * `templates/server/` (a leading dot is stored as `_`, since npm drops
 * dotfiles when publishing); `.ejs` marks the few that interpolate.
 */
export default {
  summary: 'TypeScript Express service: config, JSON errors, request ids, logs, graceful shutdown',
  stage: 'service',
  joins: () => true,
  contribution,
} satisfies FeatureDeclaration;
