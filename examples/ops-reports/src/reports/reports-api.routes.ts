import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import type { Plugin } from '../http/plugin.js';
import { badge, complianceOf, publicCompliance, reportFor } from './compliance.js';
import { repositoryName } from './report.js';
import { requireJson } from './require-json.js';

export const complianceQuery = z.strictObject({
  repository_names: z.array(repositoryName).max(5000),
});

/**
 * The public reports API: badges and compliance answers, which tell
 * nothing about private repositories (uploads: reports-upload.routes.ts).
 */
export const reportsApiRoutes: Plugin = ({ config, reports }) =>
  Router()
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
    .post('/api/public-compliance-report', jsonBody(config.BODY_LIMIT), async (req, res) => {
      requireJson(req, 'the repository names');
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
