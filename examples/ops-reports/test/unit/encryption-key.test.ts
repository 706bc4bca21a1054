import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config.js';
import { keyBytes, reportKeys } from '../../src/reports/encryption-key.js';

const bytes = randomBytes(32);
const fernetKey = bytes.toString('base64url') + '=';

describe('ENCRYPTION_KEY', () => {
  it('is needed in production, said beside the env contract before anything opens', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /^Invalid configuration:\n {2}(.*\n {2})*ENCRYPTION_KEY: missing; production seals reports with it/,
    );
    expect(() => loadConfig({ NODE_ENV: 'development' })).not.toThrow();
    // Other features may need more in production; the key is no longer among the problems.
    const key = bytes.toString('hex');
    expect(() => loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEY: key })).not.toThrow(
      /ENCRYPTION_KEY/,
    );
  });

  it.each([
    ['64 hex digits', bytes.toString('hex')],
    ['base64', bytes.toString('base64')],
    ['a Fernet key (base64url)', fernetKey],
    [
      'the hex of a Fernet key, as the Python service kept it',
      Buffer.from(fernetKey).toString('hex'),
    ],
  ])('reads the same 32 bytes from %s', (_spelling, value) => {
    expect(keyBytes(value).equals(bytes)).toBe(true);
  });

  it.each([
    ['too short', 'abcd'],
    ['31 bytes of hex', randomBytes(31).toString('hex')],
    [
      'hex of a string that is no key',
      Buffer.from('not a fernet key at all, just words!!!!!!!!').toString('hex'),
    ],
  ])('refuses a key that is %s, naming the variable', (_case, value) => {
    expect(() => keyBytes(value)).toThrow(/^ENCRYPTION_KEY: expected 32 bytes/);
  });

  it('keeps the Fernet key as given and seals reports with a key derived for that use alone', () => {
    const keys = reportKeys(Buffer.from(fernetKey).toString('hex'));
    expect(keys.fernet).toBe(fernetKey);
    expect(keys.atRest).toHaveLength(32);
    expect(keys.atRest.equals(bytes)).toBe(false);
    expect(reportKeys(bytes.toString('hex')).atRest.equals(keys.atRest)).toBe(true);
  });
});
