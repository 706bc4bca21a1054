import { Router } from 'express';
import type { z } from 'zod';
import type { Plugin } from '../http/plugin.js';
import { packageInfo } from '../version.js';
import type { healthBody, pingBody } from './health.docs.js';

/** Liveness for load balancers and probes, and the deployed version for people. */
export const healthRoutes: Plugin = () =>
  Router()
    .get('/healthcheck', (_req, res) => {
      res.json({ status: 'OK' } satisfies z.infer<typeof healthBody>);
    })
    .get('/ping', (_req, res) => {
      res.json({ success: true, version: packageInfo.version } satisfies z.infer<typeof pingBody>);
    });
