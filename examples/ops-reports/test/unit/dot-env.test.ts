import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDotEnv } from '../../src/env/dot-env.js';

describe('loadDotEnv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dot-env-'));

  it('adds the settings of the file, leaving those already set as they are', () => {
    const file = join(dir, '.env');
    writeFileSync(file, 'FROM_FILE="a value # kept"\nALREADY_SET=file\n');
    const env: NodeJS.ProcessEnv = { ALREADY_SET: 'environment' };
    loadDotEnv(file, env);
    expect(env).toEqual({ FROM_FILE: 'a value # kept', ALREADY_SET: 'environment' });
  });

  it('does nothing without the file', () => {
    const env: NodeJS.ProcessEnv = {};
    loadDotEnv(join(dir, 'missing.env'), env);
    expect(env).toEqual({});
  });
});
