import type { ErrorPages, Middleware, Plugin } from './http/plugin.js';
import type { RouteDocs, SchemeDoc } from './openapi/route-docs.js';
import { apiKeyScheme } from './auth/api-key.js';
import { readSession } from './auth/oidc-login.js';
import { healthRouteDocs } from './health/health.docs.js';
import { healthRoutes } from './health/health.routes.js';
import { apiDocsRouteDocs } from './openapi/api-docs.docs.js';
import { apiDocsRoutes } from './openapi/api-docs.routes.js';
import { browserErrorPages } from './pages/error-pages.js';
import { loginRouteDocs } from './pages/login.docs.js';
import { loginRoutes } from './pages/login.routes.js';
import { profileRoutes } from './pages/profile.routes.js';
import { reportsPagesRouteDocs } from './reports/pages/reports-pages.docs.js';
import { reportsPagesRoutes } from './reports/pages/reports-pages.routes.js';
import { reportsApiRouteDocs } from './reports/reports-api.docs.js';
import { reportsApiRoutes } from './reports/reports-api.routes.js';
import { reportsUploadRouteDocs } from './reports/reports-upload.docs.js';
import { reportsUploadRoutes } from './reports/reports-upload.routes.js';

/** What createApp runs on every request before the routes, in this order. */
export const middleware: readonly Middleware[] = [readSession];

/** The routes createApp mounts, in this order. */
export const plugins: readonly Plugin[] = [
  healthRoutes,
  loginRoutes,
  profileRoutes,
  apiDocsRoutes,
  reportsUploadRoutes,
  reportsApiRoutes,
  reportsPagesRoutes,
];

/** Error handlers createApp runs before the JSON one, in this order. */
export const errorPages: readonly ErrorPages[] = [browserErrorPages];

/** What each feature says of the routes it serves, for the OpenAPI document. */
export const routeDocs: readonly RouteDocs[] = [
  healthRouteDocs,
  loginRouteDocs,
  apiDocsRouteDocs,
  reportsUploadRouteDocs,
  reportsApiRouteDocs,
  reportsPagesRouteDocs,
];

/** The API auth schemes the service accepts, as the OpenAPI document names them. */
export const apiSchemes: readonly SchemeDoc[] = [apiKeyScheme];
