import { isDeepStrictEqual } from 'node:util';
import { mergeText, type MergeLabels, type MergeSides, type TextMerge } from './merge-text.js';

type Json = unknown;
type Side = 'base' | 'ours' | 'theirs';

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON file as npm writes package.json: two spaces, a final newline. */
const jsonText = (value: Json) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Merges one value. The side that changed wins over the side that did not;
 * objects both changed merge key by key; any other value both changed
 * differently is a conflict, which takes `onConflict`'s side and is counted.
 */
function mergeValue(
  base: Json,
  ours: Json,
  theirs: Json,
  onConflict: Side,
  conflicts: string[],
  path: string,
): Json {
  if (isDeepStrictEqual(ours, theirs) || isDeepStrictEqual(base, theirs)) return ours;
  if (isDeepStrictEqual(base, ours)) return theirs;
  if (isObject(ours) && isObject(theirs) && (base === undefined || isObject(base)))
    return mergeObjects(base ?? {}, ours, theirs, onConflict, conflicts, path);
  conflicts.push(path);
  return { base, ours, theirs }[onConflict];
}

/**
 * Keys keep the order they have on disk; a key only the new version has goes
 * after the key it follows there, so sorted dependency lists stay sorted.
 */
function mergeObjects(
  base: Record<string, Json>,
  ours: Record<string, Json>,
  theirs: Record<string, Json>,
  onConflict: Side,
  conflicts: string[],
  path: string,
): Record<string, Json> {
  const keys = Object.keys(ours);
  let previous = -1;
  for (const key of Object.keys(theirs)) {
    const at = keys.indexOf(key);
    if (at >= 0) previous = at;
    else keys.splice(++previous, 0, key);
  }
  const merged: Record<string, Json> = {};
  for (const key of keys) {
    const value = mergeValue(
      base[key],
      ours[key],
      theirs[key],
      onConflict,
      conflicts,
      path ? `${path}.${key}` : key,
    );
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function parsed(text: string | undefined): { value: Json } | undefined {
  if (text === undefined) return { value: undefined };
  try {
    return { value: JSON.parse(text) as Json };
  } catch {
    return undefined;
  }
}

/**
 * Merges a JSON file key by key, as package.json must be: a script the team
 * added and a dependency the new version bumped are both kept, wherever
 * their lines fall. The result keeps the text of a side when it is exactly
 * that side. Conflicting values are marked as text conflicts around just
 * their lines. Undefined when a side is not JSON (a comment in tsconfig, a
 * conflict left unresolved), for a line merge to take over.
 */
export function mergeJson(
  sides: MergeSides,
  labels: MergeLabels,
  theirsWins = false,
): (TextMerge & { keys: string[] }) | undefined {
  const [base, ours, theirs] = [parsed(sides.base), parsed(sides.ours), parsed(sides.theirs)];
  if (!base || !ours || !theirs) return undefined;
  const resolvedTo = (side: Side) => {
    const conflicts: string[] = [];
    const value = mergeValue(base.value, ours.value, theirs.value, side, conflicts, '');
    return { value, conflicts };
  };
  const merged = resolvedTo(theirsWins ? 'theirs' : 'ours');
  if (merged.conflicts.length === 0 || theirsWins) {
    const text = isDeepStrictEqual(merged.value, ours.value)
      ? sides.ours
      : isDeepStrictEqual(merged.value, theirs.value)
        ? sides.theirs
        : jsonText(merged.value);
    return { text, conflicts: 0, keys: merged.conflicts };
  }
  // Each side's text differs from the others only at the conflicting keys, so the markers wrap those.
  const variant = (side: Side) => jsonText(resolvedTo(side).value);
  const marked = mergeText(
    { base: variant('base'), ours: variant('ours'), theirs: variant('theirs') },
    labels,
  );
  return { ...marked, keys: merged.conflicts };
}
