import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/env/read-env.js';

const secretsDir = mkdtempSync(join(tmpdir(), 'config-test-'));
function secretFile(name: string, content: string): string {
  const path = join(secretsDir, name);
  writeFileSync(path, content);
  return path;
}

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the config to be refused');
}

describe('loadConfig', () => {
  it('applies the defaults of the contract to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ NODE_ENV: 'development', PORT: 3000, LOG_LEVEL: 'info' });
  });

  it('coerces values and freezes the result', () => {
    const config = loadConfig({ PORT: '8080', SHUTDOWN_TIMEOUT_MS: '250' });
    expect(config.PORT).toBe(8080);
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(250);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats an empty assignment as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });

  it('reads NAME_FILE instead of NAME, without the trailing newline', () => {
    const config = loadConfig({ PORT: '1', PORT_FILE: secretFile('port', '4000\n') });
    expect(config.PORT).toBe(4000);
  });

  it('names the variable when its file is missing or empty', () => {
    const missing = join(secretsDir, 'absent');
    expect(configError({ PORT_FILE: missing })).toContain(
      `PORT_FILE: cannot read ${missing} (ENOENT)`,
    );
    expect(configError({ LOG_LEVEL_FILE: secretFile('empty', '\n') })).toContain('LOG_LEVEL_FILE:');
  });

  it('lists every bad variable at once, with what each expects', () => {
    const message = configError({ PORT: 'eighty', LOG_LEVEL: 'loud', NODE_ENV: 'staging' });
    expect(message.split('\n')).toEqual([
      'Invalid configuration:',
      '  NODE_ENV: invalid, expected development, test or production',
      '  PORT: invalid, expected a TCP port from 0 to 65535 (0 picks a free one)',
      '  LOG_LEVEL: invalid, expected one of fatal, error, warn, info, debug, trace, silent',
    ]);
  });

  it('never echoes a value it refused', () => {
    expect(configError({ BODY_LIMIT: 'hunter2' })).not.toContain('hunter2');
  });
});
