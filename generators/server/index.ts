import { FeatureGenerator } from '../lib/feature-generator.js';

/** The base service every project starts from; `files.ts` lists what it writes. */
export default class ServerGenerator extends FeatureGenerator {
  protected readonly feature = 'server';
}
