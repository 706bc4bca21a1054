import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dependencies: ['escape-html', 'swagger-ui-dist', 'zod-openapi'],
  devDependencies: ['@readme/openapi-parser', '@types/escape-html', 'ajv', 'ajv-formats'],
  env: [
    {
      name: 'API_DOCS',
      schema: 'z.stringbool().optional()',
      expects: 'true or false: serve /openapi.json and /docs; unset, everywhere but production',
      example: '',
    },
  ],
  plugins: [{ name: 'apiDocsRoutes', from: 'src/openapi/api-docs.routes.ts' }],
  routeDocs: [{ name: 'apiDocsRouteDocs', from: 'src/openapi/api-docs.docs.ts' }],
  testSetup: ['test/helpers/documented-responses.ts'],
  layout: [
    {
      path: 'src/openapi/',
      holds: 'the OpenAPI 3.1 document, from the route docs beside each feature’s routes',
    },
  ],
  deadCodeExceptions: [
    {
      kind: 'ignoreDependencies',
      name: 'swagger-ui-dist',
      why: 'the reference page’s script and styles are served from its folder, not imported',
    },
  ],
  readme: [{ title: 'API description (OpenAPI)', partial: 'openapi.md' }],
};

/**
 * The service's OpenAPI 3.1 document, built from the route docs each feature
 * keeps beside its routes, served with its reference page and held to the
 * answers the tests see.
 */
export default {
  summary:
    'OpenAPI 3.1 at /openapi.json and a reference page at /docs, checked against every test answer',
  stage: 'service',
  after: ['server'],
  joins: () => true,
  brings: ['browser-tests'],
  contribution,
} satisfies FeatureDeclaration;
