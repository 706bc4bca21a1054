import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from '../db/dynamodb.js';
import type { TableDefinition } from '../db/table-definition.js';
import { hawkUserSchema, type HawkUserStore } from './hawk-user.js';

export type { HawkUserStore };

export const hawkUsersTable: TableDefinition = {
  name: 'hawk_users',
  partitionKey: { name: 'id', type: 'S' },
};

/** Hawk users in the hawk_users table; scopes are stored as a string set. */
export function createDynamoHawkUserStore({ dynamodb }: { dynamodb: Dynamo }): HawkUserStore {
  const TableName = dynamodb.tableName(hawkUsersTable);
  return {
    async find(id) {
      const { Item } = await dynamodb.documents.send(new GetCommand({ TableName, Key: { id } }));
      if (!Item) return undefined;
      // A string set comes back as a Set; the rest of the service works with arrays.
      const { scopes, ...user } = Item as Record<string, unknown>;
      return hawkUserSchema.parse({
        ...user,
        scopes: scopes instanceof Set ? [...(scopes as Set<string>)] : scopes,
      });
    },
    async save(user) {
      const Item = { ...user, scopes: new Set(user.scopes) };
      await dynamodb.documents.send(new PutCommand({ TableName, Item }));
    },
  };
}
