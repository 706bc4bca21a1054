import { createDynamoHawkUserStore } from '../../src/auth/hawk-users-dynamodb.js';
import { hawkUserStoreContract } from '../helpers/hawk-user-store-contract.js';
import { dynamoEngines } from '../helpers/test-dynamodb.js';

describe.each(dynamoEngines())('Hawk users on $name', (engine) => {
  hawkUserStoreContract(async () => {
    const dynamodb = await engine.open();
    return { users: createDynamoHawkUserStore({ dynamodb }), close: () => dynamodb.close() };
  });
});
