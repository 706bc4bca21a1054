import { randomBytes } from 'node:crypto';
import { open, seal } from '../../src/reports/sealed-record.js';

const key = randomBytes(32);
const value = { name: 'cedar-api', data: { status: true } };

describe('sealed records (AES-256-GCM)', () => {
  it('opens what it sealed, and hides the content', () => {
    const sealed = seal(key, 'cedar-api', value);
    expect(open(key, 'cedar-api', sealed)).toEqual(value);
    expect(sealed.toString('latin1')).not.toContain('status');
  });

  it('seals the same value differently every time (a fresh IV)', () => {
    expect(seal(key, 'a', value).equals(seal(key, 'a', value))).toBe(false);
  });

  it.each([
    ['another key', (sealed: Buffer) => open(randomBytes(32), 'cedar-api', sealed)],
    ['another record name', (sealed: Buffer) => open(key, 'other-repo', sealed)],
    [
      'a changed byte',
      (sealed: Buffer) => {
        const changed = Buffer.from(sealed);
        changed[20] = (changed[20] ?? 0) ^ 1;
        return open(key, 'cedar-api', changed);
      },
    ],
    ['a truncated record', (sealed: Buffer) => open(key, 'cedar-api', sealed.subarray(0, 20))],
  ])('refuses to open it with %s', (_case, attempt) => {
    expect(() => attempt(seal(key, 'cedar-api', value))).toThrow();
  });
});
