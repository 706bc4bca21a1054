import type { FeatureDeclaration } from '../lib/feature-declaration.js';

/** The in-process task runner. */
export default {
  summary: 'A task runner in the web process',
  stage: 'runtime',
} satisfies FeatureDeclaration;
