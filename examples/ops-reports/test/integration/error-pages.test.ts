import { Router } from 'express';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { AppError } from '../../src/errors.js';
import { plugins } from '../../src/plugins.js';
import { testDeps } from '../helpers/test-deps.js';

const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const failing = () =>
  Router()
    .get('/refused', () => {
      throw new AppError('bad_request', 'Not <b>this</b> & not that');
    })
    .get('/broken', () => {
      throw new Error('connection string postgres://admin:hunter2@db');
    });
const app = createApp(await testDeps(), [...plugins, failing]);

describe('error pages', () => {
  it('show a browser a missing page as an HTML 404 in the layout', async () => {
    const response = await request(app).get('/no/such/page').set('Accept', browser).expect(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<title>Page not found');
    expect(response.text).toContain('No route for GET /no/such/page');
  });

  it('keep JSON for API clients and for anything that does not prefer HTML', async () => {
    for (const accept of ['application/json', '*/*']) {
      const response = await request(app).get('/no/such/page').set('Accept', accept).expect(404);
      expect(response.body).toEqual({
        error: { code: 'not_found', message: 'No route for GET /no/such/page' },
      });
    }
  });

  it('escape what the message says', async () => {
    const response = await request(app).get('/refused').set('Accept', browser).expect(400);
    expect(response.text).toContain('Not &lt;b&gt;this&lt;/b&gt; &amp; not that');
    expect(response.text).not.toContain('<b>this</b>');
  });

  it('tell a browser of a bug only to try again, never its internals', async () => {
    const response = await request(app).get('/broken').set('Accept', browser).expect(500);
    expect(response.text).toContain('Try again later.');
    expect(response.text).not.toContain('hunter2');
  });
});
