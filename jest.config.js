import { availableParallelism } from 'node:os';

/** @type {import('jest').Config} */
export default {
  // Test files side by side, one more than the cores: the e2e files spend much of their time
  // waiting (podman, installs, boots, health checks), and with two workers on two cores the
  // suite used 1.4 of them on average; a third keeps the matrix's lint, types and tests busy.
  maxWorkers: availableParallelism() + 1,
  // One name in every clone, so the durations jest keeps on this machine order the next
  // clean-clone run (CI's) longest first; scripts/test-sequencer.js orders a first run.
  id: 'generator-service-kit',
  testSequencer: '<rootDir>/scripts/test-sequencer.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // The end-to-end tests install and run whole generated projects and their containers, side
  // by side with the matrix: a podman-compose down took 30 s there. Every process they start
  // has a deadline of its own (test/helpers/process-group.ts); this bounds what is left.
  testTimeout: 180_000,
  reporters: [
    'default',
    '<rootDir>/scripts/timings-reporter.js',
    '<rootDir>/scripts/failed-tests-reporter.js',
  ],
};
