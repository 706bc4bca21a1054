import type { HawkUserStore } from '../../src/auth/hawk-user.js';

/** What every HawkUserStore adapter must do, run by each adapter's test against each of its engines. */
export function hawkUserStoreContract(
  open: () => Promise<{ users: HawkUserStore; close(): Promise<void> }>,
) {
  let store: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(() => store.close());

  const reporter = {
    id: 'reporter',
    key: 'reporter-key-0123456789abcdef',
    scopes: ['get_data', 'train_model'],
    description: 'Reporting job',
  };

  it('finds a saved user, scopes as an array', async () => {
    await store.users.save(reporter);
    expect(await store.users.find('reporter')).toEqual(reporter);
  });

  it('replaces a user saved again under the same id', async () => {
    await store.users.save({ ...reporter, scopes: ['*'], description: '' });
    expect(await store.users.find('reporter')).toEqual({
      ...reporter,
      scopes: ['*'],
      description: '',
    });
  });

  it('knows nobody it was not told about', async () => {
    expect(await store.users.find('stranger')).toBeUndefined();
  });
}
