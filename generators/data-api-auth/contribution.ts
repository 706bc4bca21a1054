import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  plugins: [{ name: 'protectedDataRoutes', from: './data/protected-data.routes.js' }],
  tasks: [{ task: 'train-model', name: 'trainModel', from: './train-model.js' }],
  // Where BEAT is chosen: the model is refitted every night, on whatever rows came in.
  schedules: [{ name: 'train-model-nightly', task: 'train-model', pattern: '0 3 * * *' }],
  readme: [{ title: 'Data API for API clients', partial: 'data-api-auth.md' }],
};
