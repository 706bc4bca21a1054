import { mergeJson } from './merge-json.js';
import { mergeText, type MergeLabels } from './merge-text.js';

/** What an update does to one file, as the run reports it. */
export type Outcome =
  /** Generated for the first time. */
  | 'new'
  /** Nobody edited it: the new version replaces it. */
  | 'updated'
  /** Both the team and the new version changed it: merged without conflict. */
  | 'merged'
  /** Both changed the same lines: written with conflict markers. */
  | 'conflict'
  /** The template did not change it; the team's edits stay as they are. */
  | 'kept yours'
  /** The new version no longer has it and nobody edited it. */
  | 'removed'
  /** The new version no longer has it, but it has edits: kept, and no longer generated. */
  | 'kept edited'
  /** The team deleted it: it stays deleted. */
  | 'kept deleted'
  /** Already exactly as generated. */
  | 'unchanged';

/** One file of the project, at each side of an update. */
export interface FileSides {
  path: string;
  /** As generated last (from the record); undefined when it was not generated before. */
  base: string | undefined;
  /** On disk; undefined when there is no such file. */
  ours: string | undefined;
  /** As generated now; undefined when the new version drops it. */
  theirs: string | undefined;
}

export interface FileChange {
  outcome: Outcome;
  /** What the file becomes: new content, or null to delete it; undefined leaves it alone. */
  write?: string | null;
  /** Conflicting hunks left marked. */
  conflicts?: number;
  /** Keys of a JSON file both sides changed (with --force, the keys the new version won). */
  keys?: string[];
}

/**
 * Decides one file: the template did not change it -> the team's file is
 * kept; the team did not change it -> the new version; both -> a three-way
 * merge, by key for JSON. Nothing is written here.
 */
export function decideFile(
  { path, base, ours, theirs }: FileSides,
  labels: MergeLabels,
  theirsWins: boolean,
): FileChange {
  if (theirs === undefined) {
    if (ours === undefined || base === undefined) return { outcome: 'unchanged' };
    return ours === base ? { outcome: 'removed', write: null } : { outcome: 'kept edited' };
  }
  if (ours === theirs) return { outcome: 'unchanged' };
  if (ours === undefined)
    return base === undefined ? { outcome: 'new', write: theirs } : { outcome: 'kept deleted' };
  if (theirs === base) return { outcome: 'kept yours' };
  if (ours === base) return { outcome: 'updated', write: theirs };
  const sides = { base, ours, theirs };
  const json = path.endsWith('.json') ? mergeJson(sides, labels, theirsWins) : undefined;
  const merged = json ?? mergeText(sides, labels, theirsWins);
  const keys = json && json.keys.length > 0 ? { keys: json.keys } : {};
  if (merged.conflicts > 0)
    return { outcome: 'conflict', write: merged.text, conflicts: merged.conflicts, ...keys };
  // The new version's change was already in the team's file.
  if (merged.text === ours) return { outcome: 'kept yours' };
  return { outcome: 'merged', write: merged.text, ...keys };
}
