/**
 * The files assembled from every feature's contribution, rendered from
 * `templates/shared/`. package.json is built in code (see package-json.ts).
 */
export const files = [
  '.env.example.ejs',
  'README.md.ejs',
  'src/config.ts.ejs',
  'src/deps.ts.ejs',
  'src/error-catalog.ts.ejs',
  'src/modes/run-modes.ts.ejs',
  'src/plugins.ts.ejs',
  'src/startup.ts.ejs',
] as const;
