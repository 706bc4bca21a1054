import { Router } from 'express';
import type { Plugin } from '../http/plugin.js';
import { dataResponse } from './data-response.js';

/** The sample data for anyone: no authentication. */
export const dataRoutes: Plugin = ({ config, dataRows }) =>
  Router().get('/get-data', async (req, res) => {
    res.json(await dataResponse(req, dataRows, config.DATA_PAGE_SIZE));
  });
