import type { AppDeps } from '../deps.js';
import type { Logger } from '../logger.js';
import { inProcessTaskRunner } from './in-process-task-runner.js';
import type { TaskRunner } from './task-runner.js';

export type { TaskRunner };

/** The task runner of a service without a worker: tasks run in the web process. */
export function createTaskRunner(deps: { logger: Logger; all: () => AppDeps }): TaskRunner {
  deps.logger.info('tasks run in the web process: a restart forgets the queued ones');
  return inProcessTaskRunner(deps);
}
