import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  plugins: [{ name: 'protectedDataRoutes', from: 'src/data/protected-data.routes.ts' }],
  routeDocs: [{ name: 'protectedDataRouteDocs', from: 'src/data/protected-data.docs.ts' }],
  tasks: [{ task: 'train-model', name: 'trainModel', from: 'src/tasks/train-model.ts' }],
  // Where BEAT is chosen: the model is refitted every night, on whatever rows came in.
  schedules: [{ name: 'train-model-nightly', task: 'train-model', pattern: '0 3 * * *' }],
  fuzzTargets: [
    { name: 'guardedDataFuzz', from: 'test/fuzz/protected-data-routes.ts' },
    { name: 'protectedDataFuzz', from: 'test/fuzz/protected-data-routes.ts' },
  ],
  readme: [{ title: 'Data API for API clients', partial: 'data-api-auth.md' }],
};

/** The data API's routes for API clients, and the train-model task they queue. */
export default {
  summary: 'Data API routes for API clients: authenticated data, train-model tasks, task status',
  stage: 'auth',
  after: ['api-auth'],
  brings: ['in-process-tasks', 'tasks'],
  joins: ({ has }) => has('api-auth') && has('data-api'),
  contribution,
} satisfies FeatureDeclaration;
