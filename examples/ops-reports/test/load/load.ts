import { benchRoutes } from '../../scripts/bench-routes.js';
import { startInProcess } from '../../scripts/in-process-service.js';
import { formatFigures, measureRoute, type RouteFigures } from '../../scripts/measure-route.js';
import { thresholds } from './thresholds.js';

// `npm run test:load`: autocannon against TARGET_URL (or the service started in
// this process) on every bench route; prints req/s, p99 and errors, and exits
// 1 when a route misses a threshold. Not part of `npm test`: it takes a while
// and belongs on a quiet machine.
function missesOf(figures: RouteFigures): string[] {
  const misses = [];
  if (figures.requestsPerSecond < thresholds.minRequestsPerSecond)
    misses.push(`${figures.requestsPerSecond} req/s < ${thresholds.minRequestsPerSecond}`);
  if (figures.p99Ms > thresholds.maxP99Ms)
    misses.push(`p99 ${figures.p99Ms} ms > ${thresholds.maxP99Ms}`);
  if (figures.errors > thresholds.maxErrors)
    misses.push(`${figures.errors} errors > ${thresholds.maxErrors}`);
  return misses.map((miss) => `${figures.route}: ${miss}`);
}

const given = process.env.TARGET_URL?.replace(/\/+$/, '');
const service = given ? { url: given, stop: () => Promise.resolve() } : await startInProcess();
const misses: string[] = [];
try {
  console.log(`load: ${service.url}, ${thresholds.seconds} s per route`);
  for (const route of benchRoutes) {
    const figures = await measureRoute(service.url, route, thresholds.seconds);
    console.log(formatFigures(figures));
    misses.push(...missesOf(figures));
  }
} finally {
  await service.stop();
}
for (const miss of misses) console.error(`threshold missed: ${miss}`);
process.exitCode = misses.length > 0 ? 1 : 0;
