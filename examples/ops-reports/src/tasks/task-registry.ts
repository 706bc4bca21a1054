import type { Task } from './task.js';
import { dbCreateTask, dbSeedTask } from './dynamodb-tasks.js';

/**
 * Every task by name: what APP_TASK_LIST names.
 */
export const tasks: Readonly<Record<string, Task>> = {
  'db-create': dbCreateTask,
  'db-seed': dbSeedTask,
};
