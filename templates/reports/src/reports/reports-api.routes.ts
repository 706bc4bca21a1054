import { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import { createAuthenticators } from '../auth/authenticators.js';
import { requireClient } from '../auth/require-client.js';
import { AppError } from '../errors.js';
import type { Plugin } from '../http/plugin.js';
import { badge, complianceOf, publicCompliance, reportFor } from './compliance.js';
import { legacyItems } from './legacy-token.js';
import { parseReports } from './parse-reports.js';
import { repositoryName } from './report.js';

const complianceQuery = z.strictObject({ repository_names: z.array(repositoryName).max(5000) });

function requireJson(req: Request) {
  if (!req.is('application/json'))
    throw new AppError('unsupported_media_type', 'Send the reports as application/json');
}

/**
 * The reports API: senders post reports with an API key (v2, and the v1
 * Fernet bodies of existing senders); badges and compliance answers are
 * public and tell nothing about private repositories.
 */
export const reportsApiRoutes: Plugin = (deps) => {
  const { reports } = deps;
  const sender = requireClient(createAuthenticators(deps));
  const legacy =
    (isPrivate: boolean): RequestHandler =>
    async (req, res) => {
      const items = legacyItems(req.body, reports.fernetKey, isPrivate);
      const count = await reports.ingest(parseReports(items));
      req.log.info({ count, isPrivate }, 'v1 reports stored');
      res.json({ message: 'GitHub reports updated', count });
    };

  return Router()
    .post('/api/v2/update-github-reports', sender, async (req, res) => {
      requireJson(req);
      const count = await reports.ingest(parseReports(req.body));
      req.log.info({ count }, 'reports stored');
      res.json({ message: 'GitHub reports updated', count });
    })
    .post('/update_public_repositories', sender, legacy(false))
    .post('/update_private_repositories', sender, legacy(true))
    .get(
      [
        '/api/v1/compliant_public_repositories/endpoint/:name',
        '/api/v2/compliant-repository/:name',
      ],
      async (req, res) => {
        const report = reportFor(
          await reports.catalog.current(),
          'public',
          String(req.params.name),
        );
        res.set('Cache-Control', 'no-cache').json(badge(report));
      },
    )
    .get('/api/v1/compliant_public_repositories/:name', async (req, res) => {
      const report = reportFor(await reports.catalog.current(), 'public', String(req.params.name));
      res.json({ result: complianceOf(report) });
    })
    .post('/api/public-compliance-report', async (req, res) => {
      requireJson(req);
      const query = complianceQuery.safeParse(req.body);
      if (!query.success) {
        throw new AppError(
          'bad_request',
          'Expected {"repository_names": [...]} with at most 5,000 repository names',
          query.error.issues
            .slice(0, 5)
            .map((issue) => `${issue.path.join('.')}: ${issue.message}`),
        );
      }
      res.json(publicCompliance(await reports.catalog.current(), query.data.repository_names));
    });
};
