import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';

const hawkUser = z.strictObject({
  id: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'ids are 1-64 letters, digits, dots, dashes or underscores'),
  key: z.string().min(16, 'keys have at least 16 characters'),
  scopes: z.array(z.string().min(1)).min(1),
  description: z.string().default(''),
});

/** A client allowed to sign requests: its id and key, and the route scopes it may call (`*` for all). */
export type HawkUser = z.infer<typeof hawkUser>;

/** Where Hawk users live; a database feature swaps this file-backed one for a table. */
export interface HawkUserStore {
  find(id: string): Promise<HawkUser | undefined>;
}

function readUsers(file: string): HawkUser[] {
  if (!existsSync(file)) return [];
  const parsed = z.array(hawkUser).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} is not a list of Hawk users: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Hawk users in the JSON file at HAWK_USERS_FILE. The file is read again
 * when it changes, so `npm run manage -- add-hawk-user` takes effect
 * without a restart.
 */
export function createHawkUserStore({ config }: { config: Config }): HawkUserStore {
  const file = config.HAWK_USERS_FILE;
  let loaded = { mtimeMs: -1, users: new Map<string, HawkUser>() };
  return {
    find(id) {
      const mtimeMs = existsSync(file) ? statSync(file).mtimeMs : 0;
      if (mtimeMs !== loaded.mtimeMs) {
        loaded = { mtimeMs, users: new Map(readUsers(file).map((user) => [user.id, user])) };
      }
      return Promise.resolve(loaded.users.get(id));
    },
  };
}

/** Adds or replaces a user; the file is rewritten whole (temp file and rename) and readable only by its owner. */
export function saveHawkUser(file: string, input: unknown): HawkUser {
  const user = hawkUser.parse(input);
  const users = readUsers(file).filter((existing) => existing.id !== user.id);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify([...users, user], null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  return user;
}
