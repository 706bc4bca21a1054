import { Router } from 'express';
import type { Authenticator } from '../auth/api-client.js';
import { createAuthenticators } from '../auth/authenticators.js';
import { clientOf, requireClient } from '../auth/require-client.js';
import { AppError } from '../errors.js';
import type { AppDeps } from '../deps.js';
import { jsonBody } from '../http/json-body.js';
import type { Plugin } from '../http/plugin.js';
import { dataResponse } from './data-response.js';

/**
 * The routes only API clients may call: the data, marked as authenticated;
 * training a model (scope `train_model`), which answers at once with a task
 * id; and the status of that task.
 */
export function protectedDataRoutesWith(authenticators: readonly Authenticator[]) {
  return ({ config, dataRows, tasks }: AppDeps) =>
    Router()
      .get('/get-data-authenticated', requireClient(authenticators), async (req, res) => {
        const page = await dataResponse(req, dataRows, config.DATA_PAGE_SIZE);
        res.json({ ...page, authenticated: true });
      })
      // Parsed first: a Hawk client may sign the body, and its check reads the bytes.
      .post(
        '/train-model',
        jsonBody(config.BODY_LIMIT),
        requireClient(authenticators, 'train_model'),
        async (req, res) => {
          const taskId = await tasks.enqueue('train-model', req.body);
          req.log.info({ taskId, client: clientOf(res).id }, 'train-model queued');
          res.status(202).location(`/tasks/${taskId}`).json({ task_id: taskId });
        },
      )
      .get('/tasks/:id', requireClient(authenticators), async (req, res) => {
        const { id } = req.params as { id: string };
        const status = await tasks.status(id);
        if (!status) throw new AppError('not_found', `No task ${id}`);
        res.json(status);
      });
}

export const protectedDataRoutes: Plugin = (deps) =>
  protectedDataRoutesWith(createAuthenticators(deps))(deps);
