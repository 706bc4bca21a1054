import type { Database } from '../db/sql.js';
import { hawkUserSchema, type HawkUserStore } from './hawk-user.js';

export type { HawkUserStore };

/** Hawk users in the hawk_users table (migrations/*_create-hawk-users.sql). */
export function createPostgresHawkUserStore({ database }: { database: Database }): HawkUserStore {
  return {
    async find(id) {
      const { rows } = await database.query(
        'SELECT id, key, scopes, description FROM hawk_users WHERE id = $1',
        [id],
      );
      return rows[0] && hawkUserSchema.parse(rows[0]);
    },
    async save({ id, key, scopes, description }) {
      await database.query(
        `INSERT INTO hawk_users (id, key, scopes, description) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET key = $2, scopes = $3, description = $4`,
        [id, key, scopes, description],
      );
    },
  };
}
