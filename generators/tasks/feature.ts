import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  layout: [{ path: 'src/tasks/', holds: 'tasks by name, and what runs them' }],
};

/** The task registry and what runs a task by name. */
export default {
  summary: 'The task registry: what TASK mode, workers and task routes run by name',
  stage: 'platform',
  contribution,
} satisfies FeatureDeclaration;
