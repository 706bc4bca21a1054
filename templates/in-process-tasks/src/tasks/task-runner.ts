/** What runs tasks away from the request that asked for them, and what it says of each. */
import { z } from 'zod';

const taskStates = ['queued', 'running', 'succeeded', 'failed'] as const;

/** What a runner says of a task: the task status route answers with it as it is. */
export const taskStatus = z
  .strictObject({
    id: z.string(),
    task: z.string(),
    state: z.enum(taskStates),
    queuedAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }).optional(),
    result: z.unknown().optional(),
    error: z.string().optional(),
  })
  .meta({ id: 'TaskStatus' });
export type TaskStatus = z.infer<typeof taskStatus>;

/** Queues tasks and reports on them; in process now, a queue such as BullMQ later, same interface. */
export interface TaskRunner {
  enqueue(task: string, args: unknown): Promise<string>;
  status(id: string): Promise<TaskStatus | undefined>;
}
