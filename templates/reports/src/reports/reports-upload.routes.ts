import express, { Router, type Request, type RequestHandler } from 'express';
import { apiKeyAuthenticator } from '../auth/api-key.js';
import { requireClient } from '../auth/require-client.js';
import { boundedBody, jsonBody } from '../http/json-body.js';
import type { Plugin } from '../http/plugin.js';
import { legacyItems } from './legacy-token.js';
import { parseReports } from './parse-reports.js';
import type { IncomingReport } from './report.js';
import { requireJson } from './require-json.js';

/**
 * Where senders post reports. The API key is checked from the headers
 * before a byte of the body is read, so a keyless client costs nothing
 * however large its body (401, never 413); bodies may then be up to
 * REPORTS_BODY_LIMIT, and a v1 body is a bare Fernet token (a JSON string,
 * or the token as text).
 */
export const reportsUploadRoutes: Plugin = (deps) => {
  const { config, reports } = deps;
  const limit = config.REPORTS_BODY_LIMIT;
  // The senders of the Python service authenticate with X-API-KEY; it needs no body to check.
  const sender = requireClient([apiKeyAuthenticator(deps)]);
  const store =
    (parse: (req: Request) => IncomingReport[], isPrivate?: boolean): RequestHandler =>
    async (req, res) => {
      const count = await reports.ingest(parse(req));
      req.log.info({ count, isPrivate }, 'reports stored');
      res.json({ message: 'GitHub reports updated', count });
    };
  const legacy = (isPrivate: boolean) =>
    store(
      (req) => parseReports(legacyItems(req.body, reports.fernetKey), { is_private: isPrivate }),
      isPrivate,
    );
  const legacyBody = [
    jsonBody(limit, { strict: false }),
    boundedBody(limit, 'text/plain', express.text({ limit, type: 'text/plain' })),
  ];

  return Router()
    .post(
      '/api/v2/update-github-reports',
      sender,
      jsonBody(limit),
      store((req) => {
        requireJson(req, 'the reports');
        return parseReports(req.body);
      }),
    )
    .post('/update_public_repositories', sender, ...legacyBody, legacy(false))
    .post('/update_private_repositories', sender, ...legacyBody, legacy(true));
};
