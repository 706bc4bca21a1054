import { createServer } from 'node:net';
import { repoRoot } from '../helpers/generator-paths.js';
import { expectSuccess } from '../helpers/run-command.js';

/** A port nothing listens on right now, so the demo does not collide with a developer's own 3000. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

// Keeps the README's first command true: `npm run demo` generates, installs and serves.
it('the demo generates a service, serves it with npm run dev, and answers', async () => {
  const port = String(await freePort());
  const output = await expectSuccess(process.execPath, ['scripts/demo.js', '--check'], repoRoot, {
    PORT: port,
  });
  expect(output).toContain('GET /healthcheck -> 200 {"status":"OK"}');
  expect(output).toContain('GET /ping -> 200 {"success":true,"version":"0.1.0"}');
  expect(output).toContain('GET /nope -> 404 {"error":{"code":"not_found"');
}, 300_000);
