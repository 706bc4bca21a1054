/** The web mode's task runner when there is no worker. */
export const files = ['src/tasks/web-task-runner.ts'] as const;
