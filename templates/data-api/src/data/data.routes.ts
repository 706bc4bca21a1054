import { Router } from 'express';
import type { Plugin } from '../http/plugin.js';
import { dataResponse } from './data-response.js';

/** The sample data for anyone: no authentication. */
export const dataRoutes: Plugin = ({ config }) =>
  Router().get('/get-data', (req, res) => {
    res.json(dataResponse(req, config.DATA_PAGE_SIZE));
  });
