import type { BenchStep } from './measure-route.js';
import { reportsBench } from './bench-reports.js';

/** The routes `npm run bench` and the load tier measure. */
export const benchRoutes: readonly string[] = ['/', '/healthcheck'];

/** Measurements of features' own, run by `npm run bench` after the routes. */
export const benchSteps: readonly BenchStep[] = [reportsBench];
