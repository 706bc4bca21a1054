import autocannon from 'autocannon';

export interface RouteFigures {
  route: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Failed requests and answers other than 2xx. */
  errors: number;
}

/** A request other than a plain GET, and how hard to send it. */
export interface RouteRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Concurrent connections; 10 unless said. */
  connections?: number;
  /** Send this many requests instead of sending for `seconds`. */
  amount?: number;
}

/**
 * A feature's own measurement, run after the bench routes against the same
 * in-process service: `env` is set before the service starts (an API key,
 * say), `run` prints nothing and returns its figures.
 */
export interface BenchStep {
  env?: Record<string, string>;
  run(base: string, seconds: number): Promise<RouteFigures[]>;
}

/** Sends requests to `base + route` with autocannon: GETs from 10 connections for `seconds` by default. */
export async function measureRoute(
  base: string,
  route: string,
  seconds: number,
  { connections = 10, amount, ...request }: RouteRequest = {},
): Promise<RouteFigures> {
  const result = await autocannon({
    url: `${base}${route}`,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    ...request,
  });
  return {
    route: `${request.method ?? 'GET'} ${route}`,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export function formatFigures({
  route,
  requestsPerSecond,
  p50Ms,
  p99Ms,
  errors,
}: RouteFigures): string {
  return `${route.padEnd(40)} ${String(requestsPerSecond).padStart(6)} req/s  p50 ${p50Ms} ms  p99 ${p99Ms} ms  errors ${errors}`;
}
