import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import { UsageError } from './usage-error.js';

/** What every generator of this package is told by whoever runs it. */
export type WriteOptions = BaseOptions & {
  /** False when nobody can answer a conflict prompt (no terminal). */
  interactive?: boolean;
  force?: boolean;
};

export type WritingGenerator = Generator<Record<string, unknown>, WriteOptions>;

/**
 * Writes a generated file. A file already on disk as generated is left
 * alone (on a re-run most are, and the commit is then quick). When the file
 * on disk is exactly what the project's previous answers generated, nobody
 * has edited it, so the new version replaces it without a conflict prompt.
 * An edited file goes to Yeoman's conflicter, which shows the diff and asks;
 * with no terminal to ask on, the run stops before anything is written,
 * unless forced.
 */
export function writeGenerated(
  generator: WritingGenerator,
  path: string,
  content: string,
  previousContent: string | undefined,
): void {
  const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (onDisk === content) return;
  generator.fs.write(path, content);
  if (previousContent === undefined || onDisk === undefined) return;
  if (onDisk === previousContent) markUnedited(generator, path);
  else refuseUnaskableConflict(generator, path);
}

/** Tells the conflicter the file on disk holds nothing of the user's: overwrite it. */
export function markUnedited(generator: Generator, path: string): void {
  // The conflicter skips its check for files whose status is already set.
  Object.assign(generator.fs.store.get(path), { conflicter: 'force' });
}

/** An edited file would be overwritten and nobody is there to say whether that is right. */
export function refuseUnaskableConflict(generator: WritingGenerator, path: string): void {
  if (generator.options.interactive !== false || generator.options.force) return;
  const file = relative(generator.destinationRoot(), path);
  throw new UsageError(
    `${file} has edits of yours that this change would overwrite; run in a terminal to review each change, or pass --force`,
  );
}
