import { z } from 'zod';
import type { oas31, ZodOpenApiPathsObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { errorCatalog, type ErrorCode } from '../errors.js';

/**
 * What a feature says of the routes it serves, next to them: their paths,
 * described from the zod schemas the routes validate and answer with, and
 * the auth schemes they name. `src/openapi/openapi-document.ts` merges them.
 */
export interface RouteDocs {
  paths: ZodOpenApiPathsObject;
}

/**
 * An API auth scheme as the document names it: an authenticator's feature
 * describes it beside the authenticator, and `src/plugins.ts` lists them.
 */
export interface SchemeDoc {
  name: string;
  scheme: oas31.SecuritySchemeObject;
}

const errorCodes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]];

/** The one shape of every error answer (src/errors.ts), a component of the document. */
export const errorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error', description: 'Every error answer: a code from the catalog and a message' });

/** A JSON answer of `schema`. */
export const jsonAnswer = (description: string, schema: z.ZodType): ZodOpenApiResponseObject => ({
  description,
  content: { 'application/json': { schema } },
});

/**
 * The error answers a route documents by status, each the error shape; any
 * other status a route may answer with (a 413, a 503) is `default`.
 */
export function errorAnswers(
  byStatus: Partial<Record<number, string>> = {},
): Record<string, ZodOpenApiResponseObject> {
  const answers: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, description] of Object.entries(byStatus))
    answers[status] = jsonAnswer(description ?? '', errorBody);
  answers.default = jsonAnswer('Any other error, in the one error shape', errorBody);
  return answers;
}

/** An HTML page (or fragment) for browsers. */
export const htmlAnswer = (description: string): ZodOpenApiResponseObject => ({
  description,
  content: { 'text/html': { schema: z.string() } },
});
