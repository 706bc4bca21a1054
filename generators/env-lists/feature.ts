import type { FeatureDeclaration } from '../lib/feature-declaration.js';

/** Settings that hold a list, for the features whose env contract has one. */
export default {
  summary: 'commaList: a comma-separated setting read as its items, for env schemas',
  stage: 'platform',
  contribution: {},
} satisfies FeatureDeclaration;
