import { FeatureGenerator } from '../lib/feature-generator.js';

/** The GitHub repository reports component; `files.ts` lists what it writes. */
export default class ReportsGenerator extends FeatureGenerator {
  protected readonly feature = 'reports';
}
