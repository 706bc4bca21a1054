import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileHawkUserStore } from '../../src/auth/hawk-users-file.js';
import { hawkUserStoreContract } from '../helpers/hawk-user-store-contract.js';

const fileStore = () => {
  const file = join(mkdtempSync(join(tmpdir(), 'hawk-users-')), 'users.json');
  return { file, users: createFileHawkUserStore({ config: { HAWK_USERS_FILE: file } }) };
};

describe('Hawk users in a JSON file', () => {
  hawkUserStoreContract(() =>
    Promise.resolve({ users: fileStore().users, close: () => Promise.resolve() }),
  );

  it('writes a file only its owner can read', async () => {
    const { file, users } = fileStore();
    await users.save({
      id: 'ops',
      key: 'ops-key-0123456789abcdef',
      scopes: ['*'],
      description: '',
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(1);
  });

  it('sees a user another process added, without a restart', async () => {
    const { file, users } = fileStore();
    expect(await users.find('ops')).toBeUndefined();
    const other = createFileHawkUserStore({ config: { HAWK_USERS_FILE: file } });
    await other.save({
      id: 'ops',
      key: 'ops-key-0123456789abcdef',
      scopes: ['*'],
      description: '',
    });
    expect((await users.find('ops'))?.id).toBe('ops');
  });
});
