import type { ErrorPages, Middleware, Plugin } from './http/plugin.js';
import { readSession } from './auth/oidc-login.js';
import { healthRoutes } from './health/health.routes.js';
import { browserErrorPages } from './pages/error-pages.js';
import { loginRoutes } from './pages/login.routes.js';
import { profileRoutes } from './pages/profile.routes.js';
import { reportsPagesRoutes } from './reports/pages/reports-pages.routes.js';
import { reportsApiRoutes } from './reports/reports-api.routes.js';
import { reportsUploadRoutes } from './reports/reports-upload.routes.js';

/** What createApp runs on every request before the routes, in this order. */
export const middleware: readonly Middleware[] = [readSession];

/** The routes createApp mounts, in this order. */
export const plugins: readonly Plugin[] = [
  healthRoutes,
  loginRoutes,
  profileRoutes,
  reportsUploadRoutes,
  reportsApiRoutes,
  reportsPagesRoutes,
];

/** Error handlers createApp runs before the JSON one, in this order. */
export const errorPages: readonly ErrorPages[] = [browserErrorPages];
