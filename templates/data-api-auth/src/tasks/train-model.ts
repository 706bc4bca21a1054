import { z } from 'zod';
import { sampleRows } from '../data/sample-rows.js';
import type { Task } from './task.js';

const trainModelArgs = z.strictObject({
  epochs: z.number().int().min(1).max(100_000).default(2000),
  learningRate: z.number().positive().max(1).default(0.5),
});

/**
 * Fits population = intercept + slope * id over the sample rows by gradient
 * descent, yielding to the event loop between batches of epochs so a long
 * training never stalls the requests being served meanwhile.
 */
export const trainModel: Task<typeof trainModelArgs> = {
  args: trainModelArgs,
  async run({ epochs, learningRate }) {
    const points = sampleRows.map((row) => ({
      x: row.id / sampleRows.length,
      y: row.populationMillions,
    }));
    let intercept = 0;
    let slope = 0;
    for (let epoch = 1; epoch <= epochs; epoch += 1) {
      let gradientIntercept = 0;
      let gradientSlope = 0;
      for (const { x, y } of points) {
        const error = intercept + slope * x - y;
        gradientIntercept += error / points.length;
        gradientSlope += (error * x) / points.length;
      }
      intercept -= learningRate * gradientIntercept;
      slope -= learningRate * gradientSlope;
      if (epoch % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const loss =
      points.reduce((sum, { x, y }) => sum + (intercept + slope * x - y) ** 2, 0) / points.length;
    // Report the slope per id, undoing the scaling of x above.
    return { epochs, intercept, slopePerId: slope / sampleRows.length, meanSquaredError: loss };
  },
};
