import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { closeDeps, createDeps, type AppDeps } from '../../src/deps.js';
import { prepare } from '../../src/startup.js';

/**
 * What every test's environment starts from, so no test touches the data
 * of `npm run dev`: engines in memory, files under a new temporary folder
 * (`{tmp}`) per call.
 */
const testEnv: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  DYNAMODB_DATA_DIR: 'memory://',
  ENCRYPTION_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
};

/** The test environment with its own new temporary folder, for a config or a child process. */
export function testEnvironment(): Record<string, string> {
  const tmp = mkdtempSync(join(tmpdir(), 'test-deps-'));
  return Object.fromEntries(
    Object.entries(testEnv).map(([name, value]) => [name, value.replace('{tmp}', tmp)]),
  );
}

// Everything a test file opened is closed after it, even what a test forgot to close.
const opened: AppDeps[] = [];
afterAll(() => Promise.all(opened.map((deps) => closeDeps(deps))));

/**
 * Deps for an app under test, built and prepared the way main.ts does it:
 * the real config contract and real engines, with the log lines kept for
 * assertions.
 */
export async function testDeps(
  env: Record<string, string> = {},
): Promise<AppDeps & { logLines: () => Record<string, unknown>[] }> {
  const config = loadConfig({ ...testEnvironment(), ...env });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const deps = {
    ...(await createDeps(config, pino({ level: config.LOG_LEVEL }, sink))),
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
  opened.push(deps);
  await prepare(deps);
  return deps;
}
