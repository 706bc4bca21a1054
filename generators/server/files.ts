/**
 * The files the base service owns, as output paths. Each is copied from
 * `templates/server/` (a leading dot is stored as `_`, since npm drops
 * dotfiles when publishing); `.ejs` marks the few that interpolate.
 */
export const files = [
  '.editorconfig',
  '.gitignore',
  '.nvmrc',
  '.prettierignore',
  '.prettierrc.json',
  'eslint.config.js',
  'jest.config.js',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/bench.ts.ejs',
  'src/main.ts',
  'src/app.ts',
  'src/errors.ts',
  'src/startup-error.ts',
  'src/logger.ts',
  'src/version.ts',
  'src/env/read-env.ts',
  'src/health/health.routes.ts',
  'src/http/error-handler.ts',
  'src/http/graceful-shutdown.ts',
  'src/http/not-found.ts',
  'src/http/plugin.ts',
  'src/http/raw-body.ts',
  'src/http/request-logging.ts',
  'src/modes/web.ts',
  'test/helpers/test-deps.ts.ejs',
  'test/unit/config.test.ts',
  'test/unit/error-handler.test.ts',
  'test/integration/app.test.ts',
  'test/integration/graceful-shutdown.test.ts',
] as const;
