import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

/** A comma-separated list of `item`s, as the generated config reads it. */
const listOf = (item: string) =>
  `z.string().default('').transform(commaList).pipe(z.array(${item}))`;
const usesCommaList = [{ name: 'commaList', from: 'src/env/comma-list.ts' }] as const;

const contribution: Contribution = {
  dependencies: ['jose'],
  env: [
    {
      name: 'OIDC_TRUSTED_ISSUERS',
      schema: listOf('z.url()'),
      uses: usesCommaList,
      expects: 'the issuer URLs whose bearer tokens are accepted, comma-separated',
      example: 'https://login.example.org',
    },
    {
      name: 'OIDC_AUDIENCE',
      schema: "z.string().default('')",
      expects: 'the audience (aud) bearer tokens must be issued for',
      example: 'my-service',
    },
    {
      name: 'OIDC_ENTITLEMENTS_CLAIM',
      schema: "z.string().min(1).default('eduperson_entitlement')",
      expects: 'the token claim that lists the caller’s entitlements',
      example: 'eduperson_entitlement',
    },
    {
      name: 'ADMIN_ENTITLEMENTS',
      schema: listOf('z.string()'),
      uses: usesCommaList,
      expects: 'entitlements that make a bearer caller an admin, comma-separated',
      example: 'urn:example:admin',
    },
  ],
  authenticators: [{ name: 'bearerAuthenticator', from: 'src/auth/oidc-bearer.ts' }],
  apiSchemes: [{ name: 'bearerScheme', from: 'src/auth/oidc-bearer.ts' }],
  readme: [{ title: 'OIDC bearer tokens', partial: 'oidc-bearer.md' }],
};

/** OIDC bearer tokens (JWT access tokens) for API routes. */
export default {
  summary: 'OIDC bearer tokens: JWTs from trusted issuers, audience checked, admin by entitlement',
  stage: 'auth',
  choice: {
    answer: 'auth',
    value: 'oidc-bearer',
    label: 'OIDC bearer: JWT access tokens from trusted issuers, for APIs',
  },
  brings: ['api-auth', 'env-lists'],
  contribution,
  nextSteps: [
    'set OIDC_TRUSTED_ISSUERS and OIDC_AUDIENCE in .env: the issuers whose access tokens the API accepts',
  ],
} satisfies FeatureDeclaration;
