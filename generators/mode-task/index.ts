import { FeatureGenerator } from '../lib/feature-generator.js';

/** APP_RUN_MODE=TASK: runs APP_TASK_LIST and exits. */
export default class ModeTaskGenerator extends FeatureGenerator {
  protected readonly feature = 'mode-task';
}
