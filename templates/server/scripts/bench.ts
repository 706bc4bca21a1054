import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { benchRoutes, benchSteps } from './bench-routes.js';
import { startInProcess, scratchProject } from './in-process-service.js';
import { formatFigures, measureRoute } from './measure-route.js';

// `npm run bench`: throughput of the bench routes against the app in this
// process, then the time from `node dist/main.js` to its first 200, on a new
// data folder and again on the same one. Figures, not pass or fail.
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const project = process.cwd();

async function throughput() {
  for (const step of benchSteps) Object.assign(process.env, step.env);
  const service = await startInProcess();
  for (const route of benchRoutes) {
    console.log(formatFigures(await measureRoute(service.url, route, seconds)));
  }
  for (const step of benchSteps) {
    for (const figures of await step.run(service.url, seconds)) console.log(formatFigures(figures));
  }
  await service.stop();
}

/** Milliseconds from spawning the built service to its first 200 on /healthcheck. */
async function timeToFirst200(cwd: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [resolve(project, 'dist/main.js')], {
    cwd,
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((found, failed) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /"url":"(http:[^"]+)","msg":"listening"/.exec(output);
      if (listening?.[1]) found(listening[1]);
    });
    child.once('exit', (code) => failed(new Error(`the service exited ${code}:\n${output}`)));
  });
  while ((await fetch(`${url}/healthcheck`).catch(() => undefined))?.status !== 200);
  const elapsed = performance.now() - started;
  child.kill('SIGTERM');
  await new Promise((exited) => child.once('exit', exited));
  return elapsed;
}

await throughput();
const dir = scratchProject();
console.log(`start to first 200, new data folder   ${Math.round(await timeToFirst200(dir))} ms`);
console.log(`start to first 200, same data folder  ${Math.round(await timeToFirst200(dir))} ms`);
