import { validate } from '@readme/openapi-parser';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { apiDocsServed } from '../../src/openapi/api-docs.routes.js';
import { openApiDocument } from '../../src/openapi/openapi-document.js';
import { documentedRoutes, servedRoutes } from '../helpers/openapi-contract.js';
import { testDeps } from '../helpers/test-deps.js';

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await validate(structuredClone(openApiDocument()) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(openApiDocument().openapi).toMatch(/^3\.1\./);
  });

  it('documents every route the app serves, and the app serves every documented route', async () => {
    const served = servedRoutes(createApp(await testDeps()));
    const documented = documentedRoutes(openApiDocument());
    expect(served.filter((route) => !documented.includes(route))).toEqual([]);
    expect(documented.filter((route) => !served.includes(route))).toEqual([]);
  });

  it('is served at /openapi.json, with its reference page at /docs under a nonce of its own', async () => {
    const app = createApp(await testDeps());
    const json = await request(app).get('/openapi.json').expect(200);
    expect(json.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const nonces = [];
    for (let visit = 0; visit < 2; visit += 1) {
      const page = await request(app).get('/docs').expect(200).expect('Content-Type', /html/);
      const nonce = /'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))?.[1];
      expect(page.text).toContain(`<script nonce="${nonce}">`);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(2);
    await request(app)
      .get('/docs/swagger-ui-bundle.js')
      .expect(200)
      .expect('Content-Type', /javascript/);
    await request(app).get('/docs/swagger-ui.css').expect(200).expect('Content-Type', /css/);
  });

  it('is off in production unless API_DOCS turns it on, and off anywhere API_DOCS=false', async () => {
    expect(apiDocsServed({ NODE_ENV: 'production', API_DOCS: undefined })).toBe(false);
    expect(apiDocsServed({ NODE_ENV: 'production', API_DOCS: true })).toBe(true);
    expect(apiDocsServed({ NODE_ENV: 'development', API_DOCS: undefined })).toBe(true);
    const app = createApp(await testDeps({ API_DOCS: 'false' }));
    await request(app).get('/openapi.json').expect(404);
    await request(app).get('/docs').expect(404);
  });
});
