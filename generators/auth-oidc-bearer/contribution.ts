import type { Contribution } from '../lib/contribution.js';

const commaList = (item: string) =>
  `z.string().default('').transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean)).pipe(z.array(${item}))`;

export const contribution: Contribution = {
  dependencies: ['jose'],
  env: [
    {
      name: 'OIDC_TRUSTED_ISSUERS',
      schema: commaList('z.url()'),
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
      schema: commaList('z.string()'),
      expects: 'entitlements that make a bearer caller an admin, comma-separated',
      example: 'urn:example:admin',
    },
  ],
  authenticators: [{ name: 'bearerAuthenticator', from: './oidc-bearer.js' }],
  readme: [{ title: 'OIDC bearer tokens', partial: 'oidc-bearer.md' }],
};
