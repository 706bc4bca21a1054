import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dependencies: ['openid-client', 'jose', 'cookie'],
  devDependencies: ['oidc-provider', '@types/oidc-provider'],
  env: [
    {
      name: 'OIDC_ISSUER_URL',
      schema: 'z.url().optional()',
      expects: 'the OIDC issuer to sign in with; unset (with AUTH0_DOMAIN unset) disables login',
      example: 'https://login.example.org/',
    },
    {
      name: 'AUTH0_DOMAIN',
      schema: 'z.string().regex(/^[\\w.-]+$/).optional()',
      expects: 'an Auth0 tenant domain, used when OIDC_ISSUER_URL is unset',
      example: 'example.eu.auth0.com',
    },
    {
      name: 'OIDC_CLIENT_ID',
      schema: 'z.string().min(1).optional()',
      expects: 'this service’s client id at the issuer',
      example: 'my-service',
    },
    {
      name: 'OIDC_CLIENT_SECRET',
      schema: 'z.string().min(1).optional()',
      expects: 'this service’s client secret at the issuer',
      example: '',
      secret: true,
    },
    {
      name: 'AUTH0_CLIENT_ID',
      schema: 'z.string().min(1).optional()',
      expects: 'the client id at Auth0, used when OIDC_CLIENT_ID is unset',
      example: '',
    },
    {
      name: 'AUTH0_CLIENT_SECRET',
      schema: 'z.string().min(1).optional()',
      expects: 'the client secret at Auth0, used when OIDC_CLIENT_SECRET is unset',
      example: '',
      secret: true,
    },
    {
      name: 'APP_SECRET_KEY',
      schema: 'z.string().min(32).optional()',
      expects: 'at least 32 random characters that encrypt the session cookie',
      example: '',
      secret: true,
    },
    {
      name: 'BASE_URL',
      schema: 'z.url().optional()',
      expects:
        'the public URL of this service; the issuer sends people back to <BASE_URL>/callback (needed in production; http://127.0.0.1:<PORT> elsewhere)',
      example: 'http://127.0.0.1:3000',
    },
    {
      name: 'ALLOWED_EMAIL_DOMAINS',
      schema: "z.string().default('').transform(commaList)",
      uses: [{ name: 'commaList', from: 'src/env/comma-list.ts' }],
      expects: 'email domains allowed to sign in, comma-separated; empty allows all',
      example: 'example.org',
    },
  ],
  // requireLogin answers this when no session is there; the API schemes throw it too.
  errors: [{ code: 'unauthorized', status: 401, message: 'Authentication is required' }],
  startup: [{ name: 'checkIssuer', from: 'src/auth/oidc-login.ts' }],
  envRules: [
    { name: 'loginSettingsTogether', from: 'src/auth/login-settings.ts' },
    { name: 'baseUrlInProduction', from: 'src/auth/login-settings.ts' },
  ],
  middleware: [{ name: 'readSession', from: 'src/auth/oidc-login.ts' }],
  plugins: [
    { name: 'loginRoutes', from: 'src/pages/login.routes.ts' },
    { name: 'profileRoutes', from: 'src/pages/profile.routes.ts' },
  ],
  routeDocs: [{ name: 'loginRouteDocs', from: 'src/pages/login.docs.ts' }],
  layout: [
    { path: 'src/auth/', holds: 'who calls: API clients and signed-in users' },
    { path: 'src/pages/', holds: 'HTML pages: sign-in, profile, and their layout' },
  ],
  readme: [{ title: 'Login (OIDC)', partial: 'oidc-login.md' }],
  fuzzTargets: [{ name: 'loginFuzz', from: 'test/fuzz/login-routes.ts' }],
};

/** OIDC login for pages: the routes, requireLogin, the allow-list and an example page. */
export default {
  summary: 'OIDC login for pages: /login, /callback, /logout, sessions, an email-domain allow-list',
  stage: 'auth',
  choice: {
    answer: 'auth',
    value: 'oidc-login',
    label: 'OIDC login: sign-in for pages, sessions and an email-domain allow-list',
  },
  brings: ['startup-retry', 'env-lists', 'pages'],
  contribution,
  nextSteps: [
    'set OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET in .env: the provider people sign in with',
  ],
} satisfies FeatureDeclaration;
