import { createPostgresHawkUserStore } from '../../src/auth/hawk-users-postgres.js';
import { hawkUserStoreContract } from '../helpers/hawk-user-store-contract.js';
import { postgresEngines } from '../helpers/test-postgres.js';

describe.each(postgresEngines())('Hawk users on $name', (engine) => {
  hawkUserStoreContract(async () => {
    const database = await engine.open();
    return { users: createPostgresHawkUserStore({ database }), close: () => database.close() };
  });
});
