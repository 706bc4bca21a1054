import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  runModes: [{ mode: 'BEAT', name: 'runBeatMode', container: 'once', from: 'src/modes/beat.ts' }],
  readme: [{ title: 'BEAT mode', partial: 'mode-beat.md' }],
};

/** BEAT mode: the schedule in code and what syncs it into Redis. */
export default {
  summary: 'APP_RUN_MODE=BEAT writes the task schedule into Redis as BullMQ job schedulers',
  stage: 'runtime',
  choice: {
    answer: 'modes',
    value: 'beat',
    label: 'BEAT: puts the task schedule defined in code into Redis',
  },
  // A schedule needs a worker to run what it queues.
  brings: ['mode-worker'],
  contribution,
} satisfies FeatureDeclaration;
