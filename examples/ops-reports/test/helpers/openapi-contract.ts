import type { Express } from 'express';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { oas31 } from 'zod-openapi';
import type { OpenApiDocument } from '../../src/openapi/openapi-document.js';

/** An answer the app gave while a test ran, as the documented-responses setup saw it. */
export interface SeenAnswer {
  method: string;
  path: string;
  /** The path of the route that answered, as express has it; absent when none matched. */
  routePath?: string | readonly string[];
  status: number;
  contentType: string;
  body: string;
}

/** `/tasks/:id` and `/blobs/*key` as OpenAPI writes them: `/tasks/{id}`, `/blobs/{key}`. */
export const openApiPath = (expressPath: string) => expressPath.replace(/[:*](\w+)/g, '{$1}');

/** Matches a request path against an express route path. */
const matches = (expressPath: string, path: string) =>
  new RegExp(
    `^${expressPath
      .split(/([:*]\w+)/)
      .map((part) =>
        part.startsWith(':')
          ? '[^/]+'
          : part.startsWith('*')
            ? '.+'
            : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('')}/?$`,
    'i',
  ).test(path);

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  slash?: boolean;
}

/** Every route the app serves, as `GET /tasks/{id}`, found in express's own router. */
export function servedRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: readonly Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = [layer.route.path].flat();
        for (const method of Object.keys(layer.route.methods))
          for (const path of paths) found.push(`${method.toUpperCase()} ${openApiPath(path)}`);
      } else if (layer.handle.stack) {
        // Features mount their routers at the root; a router under a prefix would hide its paths.
        if (!layer.slash) throw new Error('a router is mounted under a path; list its routes');
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...new Set(found)].sort();
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation the document describes, as `GET /tasks/{id}`. */
export function documentedRoutes(document: OpenApiDocument): string[] {
  return Object.entries(document.paths ?? {})
    .flatMap(([path, item]) =>
      methods.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

/**
 * Checks answers against the document: each must be one of its operation's
 * documented responses, in a documented content type, and a JSON body must
 * match that response's schema (JSON Schema 2020-12, as OpenAPI 3.1 has it).
 * Answers of routes the document does not know (a test's own) are left to
 * the route coverage test; an answer no route gave must be the error shape.
 */
export function undocumentedAnswers(
  document: OpenApiDocument,
  answers: readonly SeenAnswer[],
): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  // OpenAPI's own keywords beside JSON Schema's: annotations to a validator.
  for (const keyword of ['example', 'discriminator', 'xml', 'externalDocs'])
    ajv.addKeyword(keyword);
  const schemas = document.components?.schemas ?? {};
  const compiled = new Map<unknown, ReturnType<typeof ajv.compile>>();
  const validatorOf = (schema: unknown) => {
    let validate = compiled.get(schema);
    if (!validate) {
      // Component references become local ones, so each schema compiles on its own.
      const local = JSON.parse(
        JSON.stringify({ ...(schema as object), $defs: schemas }).replaceAll(
          '"#/components/schemas/',
          '"#/$defs/',
        ),
      ) as object;
      validate = ajv.compile(local);
      compiled.set(schema, validate);
    }
    return validate;
  };
  const errorSchema = schemas.Error;
  const problems: string[] = [];
  for (const answer of answers) {
    const where = `${answer.method} ${answer.path} → ${answer.status}`;
    const type = answer.contentType.split(';')[0]?.trim() ?? '';
    if (!answer.routePath) {
      if (
        type === 'application/json' &&
        errorSchema &&
        !validatorOf(errorSchema)(JSON.parse(answer.body))
      )
        problems.push(
          `${where}: not the error shape: ${ajv.errorsText(validatorOf(errorSchema).errors)}`,
        );
      continue;
    }
    const routePath = [answer.routePath].flat().find((path) => matches(path, answer.path));
    const operation = routePath
      ? document.paths?.[openApiPath(routePath)]?.[answer.method.toLowerCase() as 'get']
      : undefined;
    if (!operation) continue;
    const responses = operation.responses ?? {};
    const response = (responses[String(answer.status)] ??
      responses[`${String(answer.status)[0]}XX`] ??
      responses.default) as oas31.ResponseObject | undefined;
    if (!response) {
      problems.push(`${where}: no documented response for ${answer.status}`);
      continue;
    }
    const content = response.content;
    if (!content || answer.body === '') continue;
    const media = content[type] ?? content['application/octet-stream'];
    if (!media) {
      problems.push(`${where}: answered ${type}; documented ${Object.keys(content).join(', ')}`);
      continue;
    }
    if (type !== 'application/json' || !media.schema) continue;
    const validate = validatorOf(media.schema);
    if (!validate(JSON.parse(answer.body)))
      problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
  }
  return [...new Set(problems)];
}
