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
  securitySchemes?: Record<string, oas31.SecuritySchemeObject>;
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

/** An HTML page (or fragment) for browsers. */
export const htmlAnswer = (description: string): ZodOpenApiResponseObject => ({
  description,
  content: { 'text/html': { schema: z.string() } },
});

/** A redirect to `Location`. */
export const redirectAnswer = (description: string): ZodOpenApiResponseObject => ({
  description,
  headers: z.object({ Location: z.string().meta({ description: 'Where to go next' }) }),
});

/** An API auth scheme as the document names it: a feature's authenticator, described. */
export interface SchemeDoc {
  name: string;
  scheme: oas31.SecuritySchemeObject;
}

/**
 * What an operation says of its guard: any one of `schemes` will do, with
 * the scope (role) the route asks for, if any.
 */
export function securedBy(schemes: readonly SchemeDoc[], scope?: string) {
  return {
    security: schemes.map(({ name }) => ({ [name]: scope ? [scope] : [] })),
    securitySchemes: Object.fromEntries(schemes.map(({ name, scheme }) => [name, scheme])),
  };
}
