import { parseArgs } from 'node:util';
import { benchRoutes, benchSteps } from './bench-routes.js';
import { startBuilt } from './built-service.js';
import { startInProcess, scratchProject } from './in-process-service.js';
import { formatFigures, measureRoute } from './measure-route.js';
import { soak } from './soak.js';

// `npm run bench`: throughput of the bench routes against the app in this
// process, then the time from `node dist/main.js` to its first 200, on a new
// data folder and again on the same one. `npm run bench -- --soak 60`
// instead: a minute at saturation, watching memory. Figures, not pass or fail.
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

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
  const service = await startBuilt(cwd);
  while ((await fetch(`${service.url}/healthcheck`).catch(() => undefined))?.status !== 200);
  const elapsed = performance.now() - started;
  await service.stop();
  return elapsed;
}

const { values } = parseArgs({ options: { soak: { type: 'string' } } });
if (values.soak !== undefined) {
  const soakSeconds = Number(values.soak);
  if (!Number.isInteger(soakSeconds) || soakSeconds < 1) {
    console.error(`--soak takes whole seconds, such as --soak 60; got ${values.soak}`);
    process.exit(2);
  }
  await soak(soakSeconds);
  process.exit(0);
}

await throughput();
const dir = scratchProject();
console.log(`start to first 200, new data folder   ${Math.round(await timeToFirst200(dir))} ms`);
console.log(`start to first 200, same data folder  ${Math.round(await timeToFirst200(dir))} ms`);
