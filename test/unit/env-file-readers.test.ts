import { parse } from 'dotenv';
import { envValue } from '../../templates/secrets/scripts/secrets/secrets-template.js';

/**
 * The secrets compiler writes .env files for node --env-file (the generated
 * project's own test reads them back with node) and for dotenv, which many
 * tools use: dotenv must read back each value exactly, and nothing more.
 */
const values = [
  'plain-value_1.2',
  'abc #def',
  'k\nNODE_ENV=production',
  '-----BEGIN KEY-----\nMIIB\n-----END KEY-----',
  '  both ends  ',
  `it's "quoted"`,
  'C:\\new\\table',
  '$HOME and ${PATH}',
  'tab\there',
  '',
];

describe('a compiled .env value', () => {
  it.each(values)('%j is read back exactly by dotenv', (value) => {
    const written = envValue(value);
    if (typeof written !== 'string') throw new Error(written.unwritable);
    expect(parse(`VALUE=${written}\nNEXT=kept\n`)).toEqual({ VALUE: value, NEXT: 'kept' });
  });

  it('is written bare when nothing in it needs quoting, for readers that take a line as it is', () => {
    expect(envValue('s3cr3t-Key_1=2/3')).toBe('s3cr3t-Key_1=2/3');
  });

  it('is refused when it holds every kind of quote a line could use', () => {
    const refused = envValue("it's `both`");
    expect(typeof refused === 'string' ? refused : refused.unwritable).toContain("both ' and `");
  });
});
