import { z } from 'zod';
import { apiSchemes } from '../auth/authenticators.js';
import { errorAnswers, jsonAnswer, securedBy, type RouteDocs } from '../openapi/route-docs.js';
import { taskStatus } from '../tasks/task-runner.js';
import { trainModelArgs } from '../tasks/train-model.js';
import { dataPageOperation, dataPageWith } from './data.docs.js';

const { security, securitySchemes } = securedBy(apiSchemes);
const refused = { 401: 'No credentials, or credentials that do not prove a client' };

export const protectedDataRouteDocs: RouteDocs = {
  securitySchemes,
  paths: {
    '/get-data-authenticated': {
      get: {
        tags: ['Data'],
        summary: 'A page of the sample data, for API clients',
        security,
        ...dataPageOperation,
        responses: {
          200: jsonAnswer(
            'A page of rows',
            dataPageWith({ authenticated: z.literal(true) }).meta({ id: 'AuthenticatedDataPage' }),
          ),
          ...dataPageOperation.responses,
          ...errorAnswers(refused),
        },
      },
    },
    '/train-model': {
      post: {
        tags: ['Tasks'],
        summary: 'Queue the train-model task; its status is at the Location answered',
        security: securedBy(apiSchemes, 'train_model').security,
        requestBody: { content: { 'application/json': { schema: trainModelArgs } } },
        responses: {
          202: {
            ...jsonAnswer('Queued', z.strictObject({ task_id: z.string() })),
            headers: z.object({ Location: z.string().meta({ description: '/tasks/{id}' }) }),
          },
          ...errorAnswers({ ...refused, 403: 'The client lacks the train_model scope' }),
        },
      },
    },
    '/tasks/{id}': {
      get: {
        tags: ['Tasks'],
        summary: 'The status of a queued task',
        security,
        requestParams: { path: z.object({ id: z.string() }) },
        responses: {
          200: jsonAnswer('Where the task is', taskStatus),
          ...errorAnswers({ ...refused, 404: 'No task has this id' }),
        },
      },
    },
  },
};
