import type { Task } from './task.js';
import { trainModel } from './train-model.js';

/** Every task by name: what the web mode enqueues and, later, what a worker runs. */
export const tasks: Readonly<Record<string, Task>> = {
  'train-model': trainModel,
};
