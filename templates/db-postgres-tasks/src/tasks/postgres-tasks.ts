import { z } from 'zod';
import { migrate } from '../db/migrations.js';
import type { Task } from './task.js';

/**
 * `db-migrate`: applies the pending migrations, for a release step before
 * the new version serves. Like `npm run manage -- db migrate`, it runs
 * before the start-up steps, so opening the database applies nothing first.
 */
export const dbMigrateTask: Task<z.ZodObject> = {
  args: z.strictObject({}),
  skipsStartup: true,
  async run(_args, { database, logger }) {
    return { applied: await migrate(database, logger, 'up') };
  },
};
