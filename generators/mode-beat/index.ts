import { FeatureGenerator } from '../lib/feature-generator.js';

/** APP_RUN_MODE=BEAT: writes the task schedule into Redis. */
export default class ModeBeatGenerator extends FeatureGenerator {
  protected readonly feature = 'mode-beat';
}
