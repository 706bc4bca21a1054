import { z } from 'zod';
import { apiKeyScheme } from '../auth/api-key.js';
import { errorAnswers, jsonAnswer, type RouteDocs } from '../openapi/route-docs.js';
import { repositoryData, repositoryName } from './report.js';

// Senders prove themselves with an API key alone.
const security = [{ [apiKeyScheme.name]: [] }];

/** What a sender may post for one repository, in any of the shapes senders have used. */
const postedReport = z
  .union([
    repositoryData.meta({ description: 'The flat report the current sender posts' }),
    z
      .object({ name: repositoryName, data: repositoryData, stored_at: z.string().optional() })
      .meta({
        description: 'A stored record, as a DynamoDB export of the Python service holds it',
      }),
    z.string().meta({ description: 'Either of the above as a JSON string' }),
  ])
  .meta({ id: 'PostedReport' });

const stored = jsonAnswer(
  'Stored, every report or none',
  z.strictObject({ message: z.literal('GitHub reports updated'), count: z.number().int() }),
);

const refused = errorAnswers({
  400: 'Not a JSON array, or not a Fernet token of ENCRYPTION_KEY (v1)',
  401: 'No X-API-KEY, or one that is not accepted; checked before the body is read',
  413: 'The body is over REPORTS_BODY_LIMIT, or a report is over what one item holds',
  422: 'Some reports do not match the report schema; details name the first',
});

/** A v1 body: a Fernet token of `{"updated_at", "data": [...]}`, as JSON or as text. */
const legacyOperation = (audience: string) => ({
  tags: ['Reports'],
  summary: `Store ${audience} repositories’ reports (v1: a Fernet token)`,
  security,
  requestBody: {
    content: {
      'application/json': { schema: z.string().meta({ description: 'The Fernet token' }) },
      'text/plain': { schema: z.string().meta({ description: 'The Fernet token' }) },
    },
  },
  responses: { 200: stored, ...refused },
});

export const reportsUploadRouteDocs: RouteDocs = {
  paths: {
    '/api/v2/update-github-reports': {
      post: {
        tags: ['Reports'],
        summary: 'Store repositories’ reports; each replaces the repository’s last',
        security,
        requestBody: {
          content: { 'application/json': { schema: z.array(postedReport) } },
        },
        responses: { 200: stored, ...refused },
      },
    },
    '/update_public_repositories': { post: legacyOperation('public') },
    '/update_private_repositories': { post: legacyOperation('private') },
  },
};
