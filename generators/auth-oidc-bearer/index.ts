import { FeatureGenerator } from '../lib/feature-generator.js';

/** OIDC bearer-token authentication; `files.ts` lists what it writes. */
export default class AuthOidcBearerGenerator extends FeatureGenerator {
  protected readonly feature = 'auth-oidc-bearer';
}
