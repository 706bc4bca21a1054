/** The secrets template, its values and the compiler. */
export const files = [
  'secrets/secret--template.env.ejs',
  'secrets/secret--template-values.env.ejs',
  'scripts/secrets/secrets-template.ts',
  'scripts/secrets/compile-secrets.ts',
  'test/unit/secrets-template.test.ts',
  'test/integration/compile-secrets.test.ts',
] as const;
