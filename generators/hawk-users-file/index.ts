import { FeatureGenerator } from '../lib/feature-generator.js';

/** Hawk users in a JSON file, when no database is chosen; `files.ts` lists what it writes. */
export default class HawkUsersFileGenerator extends FeatureGenerator {
  protected readonly feature = 'hawk-users-file';
}
