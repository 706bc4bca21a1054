import { Router } from 'express';
import type { Plugin } from '../http/plugin.js';
import { packageInfo } from '../version.js';

/** Liveness for load balancers and probes, and the deployed version for people. */
export const healthRoutes: Plugin = () =>
  Router()
    .get('/healthcheck', (_req, res) => {
      res.json({ status: 'OK' });
    })
    .get('/ping', (_req, res) => {
      res.json({ success: true, version: packageInfo.version });
    });
