import { z } from 'zod';
import type { ZodOpenApiResponseObject } from 'zod-openapi';
import { errorAnswers } from '../openapi/route-docs.js';

/**
 * The error answers of a page: an error page for a browser, the one error
 * shape for anything else.
 */
export function pageErrorAnswers(
  byStatus: Partial<Record<number, string>> = {},
): Record<string, ZodOpenApiResponseObject> {
  return Object.fromEntries(
    Object.entries(errorAnswers(byStatus)).map(([status, answer]) => [
      status,
      { ...answer, content: { ...answer.content, 'text/html': { schema: z.string() } } },
    ]),
  );
}

/** A redirect to `Location`. */
export const redirectAnswer = (description: string): ZodOpenApiResponseObject => ({
  description,
  headers: z.object({ Location: z.string().meta({ description: 'Where to go next' }) }),
});
