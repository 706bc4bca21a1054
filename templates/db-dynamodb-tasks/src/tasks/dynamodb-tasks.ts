import { z } from 'zod';
import { createTables, seedFromFile } from '../db/dynamodb-admin.js';
import { tables } from '../dynamodb-tables.js';
import type { Task } from './task.js';

/**
 * `db-create`: creates the tables the service defines that do not exist
 * yet, and names them as DynamoDB has them (prefix and settings applied).
 * It runs before the start-up checks, which refuse a start without them.
 */
export const dbCreateTask: Task<z.ZodObject> = {
  args: z.strictObject({}),
  skipsStartup: true,
  async run(_args, { dynamodb }) {
    const created = await createTables(dynamodb, tables);
    return { created: created.map((table) => dynamodb.tableName(table)) };
  },
};

const seedArgs = z.strictObject({ file: z.string().min(1) });

/** `db-seed file=<path>`: writes the items of a BatchWriteItem JSON file. */
export const dbSeedTask: Task<typeof seedArgs> = {
  args: seedArgs,
  async run({ file }, { dynamodb }) {
    return { written: await seedFromFile(dynamodb, file) };
  },
};
