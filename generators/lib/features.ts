import { contribution as dataApiContribution } from '../data-api/contribution.js';
import { files as dataApiFiles } from '../data-api/files.js';
import { contribution as serverContribution } from '../server/contribution.js';
import { files as serverFiles } from '../server/files.js';
import type { Answers } from './answers.js';
import type { Contribution } from './contribution.js';

export interface Feature {
  /** One sentence, shown in plans and docs. */
  summary: string;
  /** Output paths this feature owns; see generators/server/files.ts. */
  files: readonly string[];
  contribution: Contribution;
  /**
   * The answers with this feature switched on, for `service-kit add <feature>`;
   * absent for features that follow from others and cannot be added alone.
   */
  enable?: (answers: Answers) => Answers;
}

export const featureNames = ['server', 'data-api'] as const;
export type FeatureName = (typeof featureNames)[number];

/**
 * Every feature the generator can add. A feature's name is also the name of
 * its sub-generator (`generators/<name>`) and template folder (`templates/<name>`).
 */
export const features: Record<FeatureName, Feature> = {
  server: {
    summary:
      'TypeScript Express service: config, JSON errors, request ids, logs, graceful shutdown',
    files: serverFiles,
    contribution: serverContribution,
  },
  'data-api': {
    summary: 'Sample data API: GET /get-data in tabular or records form, paged with next-id',
    files: dataApiFiles,
    contribution: dataApiContribution,
    enable: (answers) => ({ ...answers, dataApi: true }),
  },
};

/** Features a person can add to an existing project (`service-kit add <feature>`). */
export function addableFeatures(): FeatureName[] {
  return featureNames.filter((name) => features[name].enable);
}
