import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expectSuccess, runCommand } from './run-command.js';
import { startService, type RunningService } from './start-service.js';

/** The part of the `hawk` package a client uses; taken from the project, which depends on it. */
interface HawkClient {
  client: {
    header(
      url: string,
      method: string,
      options: { credentials: { id: string; key: string; algorithm: 'sha256' } },
    ): { header: string };
  };
}

// As a load balancer forwards it: both instances see the address the client signed.
const publicUrl = 'https://service.example.org:8443/get-data-authenticated';
const forwarded = {
  'X-Forwarded-Host': 'service.example.org',
  'X-Forwarded-Port': '8443',
  'X-Forwarded-Proto': 'https',
};

/**
 * Two production instances of a Hawk project, as two pods of its chart run
 * it: separate processes that share only the database and Redis, behind one
 * public address. A request captured on its way to one is refused by the
 * other; without REDIS_URL neither starts. Called inside the generated-project
 * suite, on its built project.
 */
export function hawkReplicaChecks(
  project: string,
  productionEnv: () => Promise<Record<string, string>>,
): void {
  it('refuses a production start without REDIS_URL in one line, naming it', async () => {
    const env = { ...(await productionEnv()), NODE_ENV: 'production', REDIS_URL: '' };
    const result = await runCommand(process.execPath, ['dist/main.js'], project, env);
    expect(result.code).toBe(1);
    expect(result.output).toContain('REDIS_URL: missing; in production Hawk nonces');
  });

  it('refuses on one instance a request replayed from the other', async () => {
    const env = { ...(await productionEnv()), TRUST_PROXY: 'loopback' };
    const hawk = createRequire(join(project, 'package.json'))('hawk') as HawkClient;
    const credentials = { id: 'e2e-replicas', key: randomBytes(24).toString('hex') };
    const instances: RunningService[] = [];
    try {
      // The first start migrates the database the user is then added to.
      instances.push(await startService(project, env));
      await expectSuccess(
        process.execPath,
        ['dist/cli/manage.js', 'add-hawk-user', '--id', credentials.id, '--key', credentials.key],
        project,
        { ...env, NODE_ENV: 'production' },
      );
      instances.push(await startService(project, env));
      const [first, second] = instances as [RunningService, RunningService];
      const { header } = hawk.client.header(publicUrl, 'GET', {
        credentials: { ...credentials, algorithm: 'sha256' },
      });
      const send = (instance: RunningService) =>
        fetch(`${instance.url}/get-data-authenticated`, {
          headers: { Authorization: header, ...forwarded },
        });
      expect((await send(first)).status).toBe(200);
      const replayed = await send(second);
      const body = (await replayed.json()) as unknown;
      expect({ status: replayed.status, body }).toMatchObject({
        status: 401,
        body: { error: { message: 'Hawk: Invalid nonce' } },
      });
    } finally {
      for (const instance of instances) await instance.stop('SIGTERM');
    }
  });
}
