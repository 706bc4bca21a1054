import { AppError } from '../errors.js';
import type { AppDeps } from '../deps.js';
import type { Task } from './task.js';
import { tasks as registry } from './task-registry.js';

/** A task of the registry with its arguments, checked and ready to run. */
export interface TaskCall {
  name: string;
  task: Task;
  args: unknown;
}

/**
 * Looks a task up and validates its arguments, before anything is queued
 * or run: an unknown name or a bad argument is the caller's mistake, and
 * says so as a 404 or a 400 with each problem named.
 */
export function taskCall(
  name: string,
  input: unknown,
  tasks: Readonly<Record<string, Task>> = registry,
): TaskCall {
  const task = Object.hasOwn(tasks, name) ? tasks[name] : undefined;
  if (!task) {
    const known = Object.keys(tasks).join(', ') || 'none';
    throw new AppError('not_found', `No task named ${name} (tasks: ${known})`);
  }
  const parsed = task.args.safeParse(input ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map(({ path, message }) => ({
      field: path.join('.'),
      message,
    }));
    throw new AppError('bad_request', `Bad arguments for ${name}`, problems);
  }
  return { name, task, args: parsed.data };
}

/** Runs a checked task with the service's dependencies. */
export function runTask({ task, args }: TaskCall, deps: AppDeps): Promise<unknown> {
  return task.run(args, deps);
}
