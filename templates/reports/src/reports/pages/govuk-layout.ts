import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loginSettings } from '../../auth/login-settings.js';
import type { PageLayout } from '../../pages/page-renderer.js';
import { SERVICE_NAME } from './service-name.js';

// public/ sits at the project root, so src/ (tsx) and dist/ (the build) find the same one.
export const publicDir = fileURLToPath(new URL('../../../public/', import.meta.url));

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

/**
 * The pages in the GOV.UK Design System's layout (views/layout.njk over
 * govuk-frontend's templates): the reports' own, sign-in and error pages.
 * What all pages show (the service name, whether sign-in works) is read
 * from the settings once.
 */
export const govukLayout: PageLayout = {
  view: 'layout.njk',
  folders: [govukDist],
  globals: (config) => ({
    serviceName: SERVICE_NAME,
    loginEnabled: loginSettings(config) !== undefined,
    textClass: 'govuk-body',
    linkClass: 'govuk-link',
  }),
  headers: { 'Content-Security-Policy': pagesContentSecurityPolicy },
};
