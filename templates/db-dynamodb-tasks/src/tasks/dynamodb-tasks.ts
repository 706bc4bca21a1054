import { z } from 'zod';
import { createTables, seedFromFile } from '../db/dynamodb-admin.js';
import { tables } from '../dynamodb-tables.js';
import type { Task } from './task.js';

/** `db-create`: creates the tables the service defines that do not exist yet. */
export const dbCreateTask: Task<z.ZodObject> = {
  args: z.strictObject({}),
  async run(_args, { dynamodb }) {
    const created = await createTables(dynamodb, tables);
    return { created: created.map(({ name }) => name) };
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
