/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Integration tests open real engines on disk and start child processes: seconds each,
  // and past 30 s on a two-core machine running other suites beside this one (an embedded
  // PostgreSQL start did in service-kit's own CI); a test that hangs still fails in a minute.
  testTimeout: 60_000,
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // Sources import './x.js' as NodeNext requires; jest resolves the .ts file behind it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Run in every test file before its tests.
  setupFilesAfterEnv: ['<rootDir>/test/helpers/documented-responses.ts'],
  // A run whose setup failed with an engine open ends instead of waiting on it.
  reporters: ['default', '<rootDir>/test/helpers/end-stuck-run.js'],
};
