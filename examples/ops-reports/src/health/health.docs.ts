import { z } from 'zod';
import { errorAnswers, jsonAnswer, type RouteDocs } from '../openapi/route-docs.js';

export const healthBody = z.strictObject({ status: z.literal('OK') });
export const pingBody = z.strictObject({
  success: z.literal(true),
  version: z.string().meta({ description: 'The deployed version, from package.json' }),
});

export const healthRouteDocs: RouteDocs = {
  paths: {
    '/healthcheck': {
      get: {
        tags: ['Health'],
        summary: 'Liveness, for load balancers and probes',
        responses: { 200: jsonAnswer('The service is up', healthBody), ...errorAnswers() },
      },
    },
    '/ping': {
      get: {
        tags: ['Health'],
        summary: 'The deployed version',
        responses: {
          200: jsonAnswer('The service is up, at this version', pingBody),
          ...errorAnswers(),
        },
      },
    },
  },
};
