import { createServer } from 'node:net';
import { alarmingLines } from '../helpers/alarming-lines.js';
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
  // INIT_CWD: where `npm run demo` was typed, as npm says to the scripts it runs.
  const output = await expectSuccess(process.execPath, ['scripts/demo.js', '--check'], repoRoot, {
    PORT: port,
    INIT_CWD: repoRoot,
  });
  expect(output).toContain('GET /healthcheck -> 200 {"status":"OK"}');
  expect(output).toContain('GET /ping -> 200 {"success":true,"version":"0.1.0"}');
  expect(output).toContain('GET /nope -> 404 {"error":{"code":"not_found"');
  // Every command it prints pastes from where the demo was run, and the page it ends on answers.
  expect(output).toContain('cd .demo/demo-service');
  expect(output).toContain(`It answers on http://127.0.0.1:${port}/healthcheck`);
  // Nothing in a successful run reads like a failure: generation, npm install, npm run dev.
  expect(alarmingLines(output)).toEqual([]);
}, 300_000);
