import { fitLine, trainModel } from '../../src/tasks/train-model.js';
import { testDeps } from '../helpers/test-deps.js';

const deps = await testDeps();

describe('train-model', () => {
  const points = [1, 2, 3, 5, 8, 13, 21].map((x, i) => ({
    x,
    y: 4 + 0.5 * x + (i % 2 ? 0.3 : -0.3),
  }));

  it('converges to the least-squares line', async () => {
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const [meanX, meanY] = [mean(points.map((p) => p.x)), mean(points.map((p) => p.y))];
    const slope =
      points.reduce((sum, { x, y }) => sum + (x - meanX) * (y - meanY), 0) /
      points.reduce((sum, { x }) => sum + (x - meanX) ** 2, 0);

    const fit = await fitLine(points, trainModel.args.parse({ epochs: 20_000 }));
    expect(fit.slope).toBeCloseTo(slope, 3);
    expect(fit.intercept).toBeCloseTo(meanY - slope * meanX, 2);
  });

  it('fits every row of the data API', async () => {
    const result = await trainModel.run(trainModel.args.parse({ epochs: 10 }), deps);
    expect(result).toMatchObject({ epochs: 10, slopePerId: expect.any(Number) as unknown });
  });
});
