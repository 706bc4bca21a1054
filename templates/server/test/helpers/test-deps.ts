import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { createDeps, type AppDeps } from '../../src/deps.js';

/**
 * Deps for an app under test, built the way main.ts builds them: the real
 * config contract and real engines, with the log lines kept for assertions.
 */
export async function testDeps(
  env: Record<string, string> = {},
): Promise<AppDeps & { logLines: () => Record<string, unknown>[] }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const deps = await createDeps(config, pino({ level: config.LOG_LEVEL }, sink));
  return {
    ...deps,
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
