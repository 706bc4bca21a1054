/** OIDC login for pages: the routes, requireLogin, the allow-list and an example page. */
export const files = [
  'src/auth/email-domains.ts',
  'src/auth/oidc-login.ts',
  'src/auth/sealed-cookie.ts',
  'src/pages/page.ts.ejs',
  'src/pages/profile.routes.ts',
  'test/helpers/browser-session.ts',
  'test/helpers/oidc-issuer.ts',
  'test/integration/oidc-login.test.ts',
] as const;
