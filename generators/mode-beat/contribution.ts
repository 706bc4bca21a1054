import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  runModes: [{ mode: 'BEAT', name: 'runBeatMode', container: 'once', from: './beat.js' }],
  readme: [{ title: 'BEAT mode', partial: 'mode-beat.md' }],
};
