import { FeatureGenerator } from '../lib/feature-generator.js';

/** APP_RUN_MODE=WORKER: a BullMQ worker running queued tasks. */
export default class ModeWorkerGenerator extends FeatureGenerator {
  protected readonly feature = 'mode-worker';
}
