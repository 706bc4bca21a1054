import autocannon from 'autocannon';
import { benchRoutes } from './bench-routes.js';
import { rssMb, startBuilt } from './built-service.js';
import { scratchProject } from './in-process-service.js';

const WARM_UP_SECONDS = 5;

/**
 * `npm run bench -- --soak N`: the built service under N seconds of
 * saturation on the bench routes, in turn, from a separate process, so its
 * memory is its own. Prints throughput, errors, p99, and how much memory
 * stayed live after a full collection, before and after the load: a leak
 * is what survives collection. Resident memory is printed beside it for
 * sizing containers; it also holds heap V8 has not needed to give back.
 */
export async function soak(seconds: number): Promise<void> {
  const service = await startBuilt(scratchProject(), { heapProbe: true });
  const requests = benchRoutes.map((path) => ({ method: 'GET' as const, path }));
  const load = (duration: number) =>
    autocannon({ url: service.url, requests, connections: 10, duration });
  try {
    await load(WARM_UP_SECONDS);
    const heapBefore = await service.heapMb();
    const rss = [rssMb(service.pid)];
    const sampler = setInterval(() => rss.push(rssMb(service.pid)), 1000);
    const result = await load(seconds);
    clearInterval(sampler);
    const heapAfter = await service.heapMb();
    rss.push(rssMb(service.pid));
    console.log(
      `soak ${seconds} s on ${benchRoutes.join(', ')}: ${Math.round(result.requests.average)} req/s` +
        `  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}`,
    );
    console.log(
      `live heap after a full collection: ${heapBefore} MB after warm-up, ${heapAfter} MB at the end:` +
        ` growth ${heapAfter - heapBefore} MB`,
    );
    console.log(
      `RSS ${rss[0]} MB after warm-up, ${rss.at(-1)} MB at the end, at most ${Math.max(...rss)} MB`,
    );
  } finally {
    await service.stop();
  }
}
