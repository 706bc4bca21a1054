/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Integration tests open real engines on disk and start child processes: seconds each
  // on a busy two-core machine, well past jest's 5 s default.
  testTimeout: 30_000,
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // Sources import './x.js' as NodeNext requires; jest resolves the .ts file behind it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // A run whose setup failed with an engine open ends instead of waiting on it.
  reporters: ['default', '<rootDir>/test/helpers/end-stuck-run.js'],
};
