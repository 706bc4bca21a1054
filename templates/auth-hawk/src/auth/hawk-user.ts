import { z } from 'zod';

export const hawkUserSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'ids are 1-64 letters, digits, dots, dashes or underscores'),
  key: z.string().min(16, 'keys have at least 16 characters'),
  scopes: z.array(z.string().min(1)).min(1, 'a user needs at least one scope'),
  description: z.string().default(''),
});

/** A client allowed to sign requests: its id and key, and the route scopes it may call (`*` for all). */
export type HawkUser = z.infer<typeof hawkUserSchema>;

/**
 * Where Hawk users live. One adapter per place (a file, a DynamoDB table, a
 * PostgreSQL table); the authenticator and the manage commands use only this.
 */
export interface HawkUserStore {
  find(id: string): Promise<HawkUser | undefined>;
  /** Adds or replaces the user with this id. */
  save(user: HawkUser): Promise<void>;
}
