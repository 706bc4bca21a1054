import { z } from 'zod';
import { errorAnswers, jsonAnswer, type RouteDocs } from '../openapi/route-docs.js';
import { dataQuery } from './data-response.js';

const dataRow = z
  .strictObject({
    id: z.number().int(),
    country: z.string(),
    isoCode: z.string(),
    capital: z.string(),
    populationMillions: z.number(),
  })
  .meta({ id: 'DataRow' });

const next = z
  .string()
  .nullable()
  .meta({ description: 'The URL of the following page; null on the last one' });

/** A page of rows: columns named once (`tabular`) or one object a row (`records`), and `extra`. */
export const dataPageWith = (extra: z.ZodRawShape) =>
  z.union([
    z.strictObject({
      headers: z.array(z.string()),
      values: z.array(z.array(z.union([z.string(), z.number()]))),
      next,
      ...extra,
    }),
    z.strictObject({ results: z.array(dataRow), next, ...extra }),
  ]);

const dataPage = dataPageWith({}).meta({ id: 'DataPage' });

/** The query both data routes read, and the answer to a bad one. */
export const dataPageOperation = {
  requestParams: { query: dataQuery },
  responses: {
    ...errorAnswers({ 400: 'orientation or next-id is not valid' }),
  },
};

export const dataRouteDocs: RouteDocs = {
  paths: {
    '/get-data': {
      get: {
        tags: ['Data'],
        summary: 'A page of the sample data, for anyone',
        ...dataPageOperation,
        responses: { 200: jsonAnswer('A page of rows', dataPage), ...dataPageOperation.responses },
      },
    },
  },
};
