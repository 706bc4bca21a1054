/** What runs tasks away from the request that asked for them, and what it says of each. */

export type TaskState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface TaskStatus {
  id: string;
  task: string;
  state: TaskState;
  queuedAt: string;
  finishedAt?: string;
  result?: unknown;
  error?: string;
}

/** Queues tasks and reports on them; in process now, a queue such as BullMQ later, same interface. */
export interface TaskRunner {
  enqueue(task: string, args: unknown): Promise<string>;
  status(id: string): Promise<TaskStatus | undefined>;
}
