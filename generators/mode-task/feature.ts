import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
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
      from: 'src/modes/task.ts',
      container: 'on-demand',
      passedThrough: ['APP_TASK_LIST'],
    },
  ],
  readme: [{ title: 'TASK mode', partial: 'mode-task.md' }],
};

/** TASK mode and its container script. */
export default {
  summary: 'APP_RUN_MODE=TASK runs APP_TASK_LIST in order and exits',
  stage: 'runtime',
  choice: {
    answer: 'modes',
    value: 'task',
    label: 'TASK: run APP_TASK_LIST (migrations, seeds, jobs) and exit',
  },
  brings: ['tasks'],
  contribution,
} satisfies FeatureDeclaration;
