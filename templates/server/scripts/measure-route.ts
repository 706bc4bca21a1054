import autocannon from 'autocannon';

export interface RouteFigures {
  route: string;
  requestsPerSecond: number;
  p99Ms: number;
  /** Failed requests and answers other than 2xx. */
  errors: number;
}

/** GETs `base + route` from 10 connections for `seconds`, with autocannon. */
export async function measureRoute(
  base: string,
  route: string,
  seconds: number,
): Promise<RouteFigures> {
  const result = await autocannon({ url: `${base}${route}`, connections: 10, duration: seconds });
  return {
    route,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export function formatFigures({ route, requestsPerSecond, p99Ms, errors }: RouteFigures): string {
  return `${route.padEnd(24)} ${requestsPerSecond} req/s  p99 ${p99Ms} ms  errors ${errors}`;
}
