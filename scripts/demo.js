// The README's first command: generates a demo service with the real CLI
// (installing its dependencies), starts it with `npm run dev` on its
// embedded defaults and shows it answering. Ctrl-C stops it.
// `--check` stops it after the first answers, which is how the tests run it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const root = new URL('../.demo/', import.meta.url).pathname;
const project = `${root}demo-service`;
const port = process.env.PORT ?? '3000';
const checkOnly = process.argv.includes('--check');
const cli = new URL('../dist/cli/service-kit.js', import.meta.url).pathname;

// Each run starts from nothing, so the demo always shows a first generation as a user sees it.
rmSync(project, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const generated = spawnSync(
  process.execPath,
  [cli, 'demo-service', '--preset', 'minimal', '--yes'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (generated.status !== 0) process.exit(generated.status ?? 1);

const service = spawn('npm', ['run', 'dev'], {
  cwd: project,
  env: { ...process.env, PORT: port },
  stdio: 'inherit',
  detached: true,
});
const stop = () => {
  // npm, tsx and the service share one process group; end them together.
  try {
    process.kill(-service.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const base = `http://127.0.0.1:${port}`;
async function answer(path) {
  const response = await fetch(`${base}${path}`);
  return `GET ${path} -> ${response.status} ${await response.text()}`;
}

let ready = false;
for (let attempt = 0; attempt < 150 && !ready && service.exitCode === null; attempt += 1) {
  ready = await answer('/healthcheck').then(
    () => true,
    () => false,
  );
  if (!ready) await sleep(200);
}
if (!ready) {
  console.error(`demo: the service did not answer on ${base} within 30 s`);
  stop();
  process.exit(1);
}

console.log(
  `\n${await answer('/healthcheck')}\n${await answer('/ping')}\n${await answer('/nope')}`,
);
console.log(
  `\nThe demo service runs from .demo/demo-service: edit src/ and it reloads; Ctrl-C stops it.\n` +
    `It answers on ${base}/healthcheck and ${base}/ping`,
);
if (checkOnly) stop();
