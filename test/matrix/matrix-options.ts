import { registry } from '../../generators/lib/registry.js';
import type { MatrixOptions } from './matrix-plan.js';

/**
 * The matrix's scope as `npm run test:matrix` passes it to jest:
 * MATRIX_ALL=1 for every valid point, MATRIX_STRENGTH=t for a t-wise
 * covering, MATRIX_SHARD=k/n for one of n slices, MATRIX_FEATURES=a,b for
 * only the combinations whose plan holds one of those features.
 */
export function matrixOptionsFromEnv(env: NodeJS.ProcessEnv): Omit<MatrixOptions, 'presets'> {
  const strength = env.MATRIX_STRENGTH === undefined ? undefined : Number(env.MATRIX_STRENGTH);
  if (strength !== undefined && !(Number.isInteger(strength) && strength >= 1 && strength <= 4))
    throw new Error(`MATRIX_STRENGTH: expected 1 to 4, got "${env.MATRIX_STRENGTH}"`);
  const shard = env.MATRIX_SHARD?.split('/').map(Number);
  if (
    shard &&
    !(
      shard.length === 2 &&
      shard.every(Number.isInteger) &&
      shard[0]! >= 1 &&
      shard[0]! <= shard[1]!
    )
  )
    throw new Error(`MATRIX_SHARD: expected k/n with 1 <= k <= n, got "${env.MATRIX_SHARD}"`);
  const features = env.MATRIX_FEATURES?.split(',').filter(Boolean);
  const unknown = features?.filter((feature) => !registry.some((known) => known.name === feature));
  if (unknown?.length)
    throw new Error(
      `MATRIX_FEATURES: no feature ${unknown.join(', ')} (known: ${registry.map((known) => known.name).join(', ')})`,
    );
  return {
    all: env.MATRIX_ALL === '1',
    ...(features?.length && { features }),
    ...(strength && { strength }),
    ...(shard && { shard: [shard[0]!, shard[1]!] as const }),
  };
}
