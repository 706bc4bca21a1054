import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  env: [
    {
      name: 'APP_TASK_LIST',
      schema: "z.string().default('')",
      expects: 'the tasks TASK mode runs: names with key=value arguments, separated by ;',
      example: '',
    },
  ],
  runModes: [
    {
      mode: 'TASK',
      name: 'runTaskMode',
      from: './task.js',
      container: 'on-demand',
      passedThrough: ['APP_TASK_LIST'],
    },
  ],
  readme: [{ title: 'TASK mode', partial: 'mode-task.md' }],
};
