import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';
import { hawkUserSchema, type HawkUser, type HawkUserStore } from './hawk-user.js';

export type { HawkUserStore };

function readUsers(file: string): HawkUser[] {
  if (!existsSync(file)) return [];
  const parsed = z.array(hawkUserSchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} is not a list of Hawk users: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Hawk users in the JSON file at HAWK_USERS_FILE. The file is read again
 * when it changes, so `npm run manage -- add-hawk-user` takes effect
 * without a restart; it is rewritten whole (temp file and rename) and
 * readable only by its owner.
 */
export function createFileHawkUserStore({
  config,
}: {
  config: Pick<Config, 'HAWK_USERS_FILE'>;
}): HawkUserStore {
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
    save(user) {
      const others = readUsers(file).filter((existing) => existing.id !== user.id);
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify([...others, user], null, 2)}\n`, { mode: 0o600 });
      renameSync(temporary, file);
      return Promise.resolve();
    },
  };
}
