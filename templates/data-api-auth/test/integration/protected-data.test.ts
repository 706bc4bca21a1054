import request from 'supertest';
import { createApp } from '../../src/app.js';
import { protectedDataRoutesWith } from '../../src/data/protected-data.routes.js';
import { headerAuthenticator } from '../helpers/header-authenticator.js';
import { testDeps } from '../helpers/test-deps.js';

// The routes behind a test scheme: each real scheme has its own tests.
const app = createApp(await testDeps(), [protectedDataRoutesWith([headerAuthenticator])]);
const asClient = (scopes: string) => ({ 'X-Test-Client': `reporter:${scopes}` });

describe('GET /get-data-authenticated', () => {
  it('answers the data, marked authenticated', async () => {
    const response = await request(app)
      .get('/get-data-authenticated')
      .set(asClient('*'))
      .expect(200);
    expect(response.body).toMatchObject({
      authenticated: true,
      headers: expect.any(Array) as unknown,
    });
  });

  it('refuses an anonymous caller with a JSON 401', async () => {
    await request(app).get('/get-data-authenticated').expect(401);
  });
});

describe('POST /train-model', () => {
  it('needs the train_model scope', async () => {
    const response = await request(app)
      .post('/train-model')
      .set(asClient('get_data'))
      .send({})
      .expect(403);
    expect((response.body as { error: { code: string } }).error.code).toBe('forbidden');
  });

  it('queues the training, answers 202 with the task id, and the task finishes', async () => {
    const queued = await request(app)
      .post('/train-model')
      .set(asClient('train_model'))
      .send({ epochs: 500 })
      .expect(202);
    const taskId = (queued.body as { task_id: string }).task_id;
    expect(queued.headers.location).toBe(`/tasks/${taskId}`);

    let status: { state: string; result?: { epochs: number } } = { state: 'queued' };
    while (status.state === 'queued' || status.state === 'running') {
      status = (await request(app).get(`/tasks/${taskId}`).set(asClient('*')).expect(200))
        .body as typeof status;
    }
    expect(status).toMatchObject({ state: 'succeeded', result: { epochs: 500 } });
  });

  it('refuses bad arguments with a JSON 400 that names them', async () => {
    const response = await request(app)
      .post('/train-model')
      .set(asClient('train_model'))
      .send({ epochs: -1 })
      .expect(400);
    expect(response.body).toMatchObject({
      error: { code: 'bad_request', details: [{ field: 'epochs' }] },
    });
  });
});

describe('GET /tasks/:id', () => {
  it('answers an unknown task with a JSON 404', async () => {
    const response = await request(app).get('/tasks/no-such-task').set(asClient('*')).expect(404);
    expect((response.body as { error: { code: string } }).error.code).toBe('not_found');
  });
});
