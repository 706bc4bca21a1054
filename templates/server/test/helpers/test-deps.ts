import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { AppDeps } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

/** Deps for an app under test: the real config contract, and the log lines kept for assertions. */
export function testDeps(
  env: Record<string, string> = {},
): AppDeps & { logLines: () => Record<string, unknown>[] } {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return {
    config,
    logger: pino({ level: config.LOG_LEVEL }, sink),
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
