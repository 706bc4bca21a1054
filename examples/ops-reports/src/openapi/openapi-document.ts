import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { apiSchemes, routeDocs } from '../plugins.js';
import { packageInfo } from '../version.js';
import type { RouteDocs } from './route-docs.js';

/** The route docs of every feature as one set of paths; two features documenting one operation is a bug. */
function mergeRouteDocs(docs: readonly RouteDocs[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const doc of docs) {
    for (const [path, operations] of Object.entries(doc.paths)) {
      const taken = paths[path] ?? {};
      for (const method of Object.keys(operations))
        if (method in taken) throw new Error(`${method.toUpperCase()} ${path} is documented twice`);
      paths[path] = { ...taken, ...operations };
    }
  }
  return paths;
}

/** The document as zod-openapi writes it. */
export type OpenApiDocument = ReturnType<typeof createDocument>;

let document: OpenApiDocument | undefined;

/**
 * The OpenAPI 3.1 document of this service, built once, on first use, from
 * the route docs each feature keeps beside its routes (`src/plugins.ts`).
 */
export function openApiDocument(): OpenApiDocument {
  if (document) return document;
  const paths = mergeRouteDocs(routeDocs);
  const securitySchemes = Object.fromEntries(apiSchemes.map(({ name, scheme }) => [name, scheme]));
  document = createDocument({
    openapi: '3.1.0',
    info: { title: packageInfo.name, version: packageInfo.version },
    paths,
    components: { securitySchemes },
  });
  return document;
}
