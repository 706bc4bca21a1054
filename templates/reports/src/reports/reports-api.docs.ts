import { z } from 'zod';
import { errorAnswers, jsonAnswer, type RouteDocs } from '../openapi/route-docs.js';
import { repositoryName } from './report.js';
import { complianceQuery } from './reports-api.routes.js';

const compliance = z.enum(['PASS', 'FAIL']);

/** What shields.io's endpoint badge reads. */
const badge = z
  .strictObject({
    schemaVersion: z.literal(1),
    label: z.string(),
    message: compliance,
    color: z.string(),
    labelColor: z.string(),
    style: z.string(),
    isError: z.literal('true').optional(),
  })
  .meta({ id: 'Badge' });

const byName = { path: z.object({ name: repositoryName }) };
const notFound = errorAnswers({ 404: 'No public repository has this name' });

const badgeOperation = (summary: string) => ({
  tags: ['Compliance'],
  summary,
  requestParams: byName,
  responses: { 200: jsonAnswer('The badge', badge), ...notFound },
});

export const reportsApiRouteDocs: RouteDocs = {
  paths: {
    '/api/v1/compliant_public_repositories/endpoint/{name}': {
      get: badgeOperation('A public repository’s compliance badge (v1 path)'),
    },
    '/api/v2/compliant-repository/{name}': {
      get: badgeOperation('A public repository’s compliance badge'),
    },
    '/api/v1/compliant_public_repositories/{name}': {
      get: {
        tags: ['Compliance'],
        summary: 'Whether a public repository complies',
        requestParams: byName,
        responses: {
          200: jsonAnswer('PASS or FAIL', z.strictObject({ result: compliance })),
          ...notFound,
        },
      },
    },
    '/api/public-compliance-report': {
      post: {
        tags: ['Compliance'],
        summary: 'Whether each named public repository complies',
        requestBody: { content: { 'application/json': { schema: complianceQuery } } },
        responses: {
          200: jsonAnswer(
            'Each name’s answer; NOT_FOUND for unknown and private repositories alike',
            z.record(z.string(), z.enum(['PASS', 'FAIL', 'NOT_FOUND'])),
          ),
          ...errorAnswers({ 400: 'Not {"repository_names": [...]} of at most 5,000 names' }),
        },
      },
    },
  },
};
