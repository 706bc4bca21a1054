import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';

// views/ and public/ sit at the project root, so src/ (tsx) and dist/ (the build) find the same ones.
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const publicDir = join(projectRoot, 'public');

/** govuk-frontend's dist/ folder: its Nunjucks templates, CSS, JavaScript, fonts and images. */
export const govukDist = join(
  dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')),
  'dist',
);

/**
 * The one inline script of govuk/template.njk, allowed by its hash so the
 * Content-Security-Policy can forbid every other inline script. A test
 * recomputes it from the installed template.
 */
export const GOVUK_INLINE_SCRIPT_HASH = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";

export const pagesContentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${GOVUK_INLINE_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export type RenderPage = (view: string, context: Record<string, unknown>) => string;

/**
 * Renders the views with the GOV.UK Design System's templates. Every value
 * is escaped unless a template says otherwise; what all pages show (the
 * service name, whether sign-in works) is filled in here.
 */
export function pageRenderer(options: {
  serviceName: string;
  loginEnabled: boolean;
  reloadViews: boolean;
}): RenderPage {
  const environment = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([join(projectRoot, 'views'), govukDist], {
      noCache: options.reloadViews,
    }),
    { autoescape: true, throwOnUndefined: false },
  );
  const { serviceName, loginEnabled } = options;
  return (view, context) =>
    environment.render(`${view}.njk`, { serviceName, loginEnabled, ...context });
}
