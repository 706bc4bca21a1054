import { Fernet } from 'fernet-nodejs';
import { legacyItems } from '../../src/reports/legacy-token.js';
import { sampleReports } from '../../src/reports/sample-reports.js';
import { fernetToken } from '../helpers/fernet-token.js';

const key = Fernet.generateKey();
const [report] = sampleReports(1);
/** The token with one base64 character changed, inside the ciphertext. */
const tampered = (token: string) =>
  `${token.slice(0, 30)}${token[30] === 'A' ? 'B' : 'A'}${token.slice(31)}`;

describe('v1 bodies (Fernet tokens)', () => {
  it('decrypts the published test vector of the Fernet spec', () => {
    // github.com/fernet/spec generate.json: made by the reference implementation, not by us.
    const token =
      'gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==';
    expect(Fernet.decrypt(token, 'cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=')).toBe('hello');
  });

  it('reads the reports of a token made from the spec, wrapping bare repository data', () => {
    const content = { updated_at: '2026-01-05 09:30', data: [report, report?.data] };
    const items = legacyItems(fernetToken(key, JSON.stringify(content)), key, false);
    expect(items).toEqual([
      { name: report?.name, data: report?.data },
      { name: report?.data.name, data: report?.data },
    ]);
  });

  it('marks items private or public as the endpoint says, unless they say themselves', () => {
    const data: Record<string, unknown> = { ...report?.data };
    delete data.is_private;
    const content = { updated_at: 'now', data: [{ name: report?.name, data }] };
    const [item] = legacyItems(fernetToken(key, JSON.stringify(content)), key, true);
    expect(item).toMatchObject({ data: { is_private: true } });
  });

  it.each([
    ['no token', ''],
    ['not a string', { token: 'x' }],
    ['a token under another key', fernetToken(Fernet.generateKey(), '{"updated_at":1,"data":[]}')],
    ['a token with a changed byte', tampered(fernetToken(key, '{"data":[]}'))],
    ['a token of something else', fernetToken(key, '{"reports":[]}')],
  ])('refuses %s with a 400', (_case, body) => {
    let refusal: unknown;
    try {
      legacyItems(body, key, false);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ status: 400, code: 'bad_request' });
  });
});
