import express from 'express';
import request from 'supertest';
import { clientOf, requireClient } from '../../src/auth/require-client.js';
import { errorHandler } from '../../src/http/error-handler.js';
import { headerAuthenticator as headerScheme } from '../helpers/header-authenticator.js';

const app = express()
  .get('/open', requireClient([headerScheme]), (_req, res) => {
    res.json({ client: clientOf(res).id });
  })
  .post('/train', requireClient([headerScheme], 'train_model'), (_req, res) => {
    res.status(202).json({ ok: true });
  })
  .use(errorHandler);

describe('requireClient', () => {
  it('answers 401 with a challenge per scheme when no credentials are sent', async () => {
    const response = await request(app).get('/open').expect(401);
    expect(response.headers['www-authenticate']).toBe('Test realm="tests"');
    expect(response.body).toEqual({
      error: { code: 'unauthorized', message: 'This route needs Test credentials' },
    });
  });

  it('passes on the authenticator’s refusal', async () => {
    const response = await request(app).get('/open').set('X-Test-Client', 'nobody:').expect(401);
    expect(response.body).toEqual({ error: { code: 'unauthorized', message: 'Unknown client' } });
  });

  it('lets a proven client through and hands it to the route', async () => {
    const response = await request(app)
      .get('/open')
      .set('X-Test-Client', 'reporter:read')
      .expect(200);
    expect(response.body).toEqual({ client: 'reporter' });
  });

  it('answers 403 when the client lacks the route’s scope', async () => {
    const response = await request(app)
      .post('/train')
      .set('X-Test-Client', 'reporter:read')
      .expect(403);
    expect(response.body).toEqual({
      error: { code: 'forbidden', message: 'Client reporter does not hold the scope train_model' },
    });
  });

  it('accepts the exact scope, or *', async () => {
    await request(app).post('/train').set('X-Test-Client', 'trainer:train_model').expect(202);
    await request(app).post('/train').set('X-Test-Client', 'admin:*').expect(202);
  });
});
