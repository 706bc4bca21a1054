import express, { Router } from 'express';
import type { Plugin } from '../http/plugin.js';
import { keepRawBody } from '../http/raw-body.js';

/**
 * Report uploads are larger than other bodies (REPORTS_BODY_LIMIT; 5,000
 * repositories fit the default), and a v1 body is a bare Fernet token:
 * a JSON string, or the token as text.
 */
export const reportsBody: Plugin = ({ config }) => {
  const limit = config.REPORTS_BODY_LIMIT;
  return Router()
    .use('/api/v2/update-github-reports', express.json({ limit, verify: keepRawBody }))
    .use(
      ['/update_public_repositories', '/update_private_repositories'],
      express.json({ limit, strict: false, verify: keepRawBody }),
      express.text({ limit, type: 'text/plain' }),
    );
};
