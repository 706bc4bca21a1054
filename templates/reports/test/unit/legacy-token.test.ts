import { Fernet } from 'fernet-nodejs';
import { legacyItems } from '../../src/reports/legacy-token.js';
import { fernetToken } from '../helpers/fernet-token.js';
import { v1Repository } from '../helpers/sender-payloads.js';

const key = Fernet.generateKey();
const items = [v1Repository(0), v1Repository(1)];
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

  it('reads the items of {"updated_at", "data"} as the v1 sender encrypts it', () => {
    const content = { updated_at: '2022-08-22 15:28:53', data: items };
    expect(legacyItems(fernetToken(key, JSON.stringify(content)), key)).toEqual(items);
  });

  it('reads a decrypted list of JSON strings as its items', () => {
    const strings = items.map((item) => JSON.stringify(item));
    expect(legacyItems(fernetToken(key, JSON.stringify(strings)), key)).toEqual(strings);
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
      legacyItems(body, key);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ status: 400, code: 'bad_request' });
  });
});
