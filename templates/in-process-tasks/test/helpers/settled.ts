import type { TaskRunner, TaskStatus } from '../../src/tasks/task-runner.js';

/** The status of a task once it has finished, polled the way a client polls /tasks/:id. */
export async function settled(runner: TaskRunner, id: string): Promise<TaskStatus | undefined> {
  for (;;) {
    const status = await runner.status(id);
    if (status?.finishedAt) return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
