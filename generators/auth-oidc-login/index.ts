import { FeatureGenerator } from '../lib/feature-generator.js';

/** OIDC login for pages; `files.ts` lists what it writes. */
export default class AuthOidcLoginGenerator extends FeatureGenerator {
  protected readonly feature = 'auth-oidc-login';
}
