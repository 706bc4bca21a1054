import { z } from 'zod';
import type { DataRows } from '../data/data-rows.js';
import type { Task } from './task.js';

export const trainModelArgs = z.strictObject({
  epochs: z.number().int().min(1).max(100_000).default(2000),
  learningRate: z.number().positive().max(1).default(0.5),
});

type Point = { x: number; y: number };

/**
 * Fits y = intercept + slope * x by gradient descent, with x scaled to 0..1
 * so one learning rate suits any data set, yielding to the event loop
 * between batches of epochs so a long training never stalls the requests
 * being served meanwhile.
 */
export async function fitLine(
  points: readonly Point[],
  { epochs, learningRate }: z.infer<typeof trainModelArgs>,
) {
  const scale = Math.max(...points.map(({ x }) => Math.abs(x)), 1);
  const scaled = points.map(({ x, y }) => ({ x: x / scale, y }));
  let intercept = 0;
  let slope = 0;
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    let gradientIntercept = 0;
    let gradientSlope = 0;
    for (const { x, y } of scaled) {
      const error = intercept + slope * x - y;
      gradientIntercept += error / scaled.length;
      gradientSlope += (error * x) / scaled.length;
    }
    intercept -= learningRate * gradientIntercept;
    slope -= learningRate * gradientSlope;
    if (epoch % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const meanSquaredError =
    scaled.reduce((sum, { x, y }) => sum + (intercept + slope * x - y) ** 2, 0) / scaled.length;
  // Report the slope per unit of x, undoing the scaling above.
  return { epochs, intercept, slope: slope / scale, meanSquaredError };
}

/** Every row, page by page, as a person following `next` would read them. */
async function readAll(dataRows: DataRows) {
  const rows = [];
  for (let startId: number | null = 1; startId !== null;) {
    const page = await dataRows.readPage({ startId, pageSize: 100 });
    rows.push(...page.rows);
    startId = page.nextId;
  }
  return rows;
}

/** Population over id, fitted over every row of the data API. */
export const trainModel: Task<typeof trainModelArgs> = {
  args: trainModelArgs,
  async run(args, { dataRows }) {
    const rows = await readAll(dataRows);
    const points = rows.map((row) => ({ x: row.id, y: row.populationMillions }));
    const { slope, ...fit } = await fitLine(points, args);
    return { ...fit, slopePerId: slope };
  },
};
