import leven from 'leven';
import { quoted } from './quoted.js';

/**
 * `; did you mean "x"?` when one of `known` is close enough to `given` to be
 * what was meant (at most a third of its letters off), else an empty string.
 */
export function didYouMean(given: string, known: readonly string[]): string {
  const [closest] = known
    .map((candidate) => ({ candidate, distance: leven(given, candidate) }))
    .filter(({ distance }) => distance <= Math.max(1, Math.floor(given.length / 3)))
    .sort((a, b) => a.distance - b.distance);
  return closest ? `; did you mean ${quoted(closest.candidate)}?` : '';
}
