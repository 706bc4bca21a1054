/**
 * What the load tier requires of every bench route, from the environment
 * (LOAD_*), with defaults a small instance meets. Raise them to what your
 * service must sustain.
 */
export const thresholds = {
  seconds: Number(process.env.LOAD_SECONDS ?? 10),
  minRequestsPerSecond: Number(process.env.LOAD_MIN_RPS ?? 100),
  maxP99Ms: Number(process.env.LOAD_MAX_P99_MS ?? 500),
  maxErrors: Number(process.env.LOAD_MAX_ERRORS ?? 0),
};
