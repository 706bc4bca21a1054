import type { Plugin } from './http/plugin.js';
import { healthRoutes } from './health/health.routes.js';
import { loginRoutes } from './pages/login.routes.js';
import { profileRoutes } from './pages/profile.routes.js';
import { reportsPagesRoutes } from './reports/pages/reports-pages.routes.js';
import { reportsApiRoutes } from './reports/reports-api.routes.js';
import { reportsUploadRoutes } from './reports/reports-upload.routes.js';

/** Parsers createApp mounts before the service-wide JSON parser, for routes with bodies of their own. */
export const bodyParsers: readonly Plugin[] = [reportsUploadRoutes];

/** The routes createApp mounts, in this order. */
export const plugins: readonly Plugin[] = [
  healthRoutes,
  loginRoutes,
  profileRoutes,
  reportsApiRoutes,
  reportsPagesRoutes,
];
