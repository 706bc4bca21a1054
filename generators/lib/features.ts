import { contribution as serverContribution } from '../server/contribution.js';
import { files as serverFiles } from '../server/files.js';
import type { Contribution } from './contribution.js';

export interface Feature {
  /** One sentence, shown in plans and docs. */
  summary: string;
  /** Output paths this feature owns; see generators/server/files.ts. */
  files: readonly string[];
  contribution: Contribution;
}

/**
 * Every feature the generator can add. A feature's name is also the name of
 * its sub-generator (`generators/<name>`) and template folder (`templates/<name>`).
 */
export const features = {
  server: {
    summary:
      'TypeScript Express service: config, JSON errors, request ids, logs, graceful shutdown',
    files: serverFiles,
    contribution: serverContribution,
  },
} as const satisfies Record<string, Feature>;

export type FeatureName = keyof typeof features;
