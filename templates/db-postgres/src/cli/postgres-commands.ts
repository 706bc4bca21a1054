import { relative } from 'node:path';
import { migrate, newMigration } from '../db/migrations.js';
import type { Command } from './command.js';

export const dbMigrate: Command = {
  name: 'db migrate',
  skipsStartup: true,
  summary: 'apply the pending migrations under migrations/, in order',
  options: {},
  async run(_input, { deps, print }) {
    const { database, logger } = await deps();
    const applied = await migrate(database, logger, 'up');
    print(applied.length > 0 ? `applied ${applied.join(', ')}` : 'no pending migration');
    return 0;
  },
};

export const dbRollback: Command = {
  name: 'db rollback',
  skipsStartup: true,
  summary: 'undo the latest migration, or the latest --count of them',
  options: { count: { type: 'string', default: '1' } },
  async run({ values }, { deps, print }) {
    const count = Number(values.count);
    if (!Number.isInteger(count) || count < 1) {
      print('--count must be a whole number of at least 1');
      return 2;
    }
    const { database, logger } = await deps();
    const undone = await migrate(database, logger, 'down', { count });
    print(undone.length > 0 ? `undid ${undone.join(', ')}` : 'no migration to undo');
    return 0;
  },
};

export const dbNew: Command = {
  name: 'db new',
  summary: 'write an empty SQL migration to fill in',
  options: {},
  args: ['name'],
  async run({ args: [name = ''] }, { print }) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
      print('a migration name is lower-case letters, digits and dashes, e.g. add-orders');
      return 2;
    }
    print(`wrote ${relative(process.cwd(), await newMigration(name))}`);
    return 0;
  },
};
