import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../usage-error.js';
import { unsafeProjectPath } from './project-path.js';

/**
 * What the generator wrote last, kept in the project itself. An update
 * merges against it, so it must be there wherever the project is: in a
 * fresh clone on CI (where `service-kit check` runs), in a fork, in a
 * tarball, without the old generator installed and without git. A git ref
 * would hold the same bytes but is not fetched by `git clone`; a folder
 * that is committed with the code is.
 */
export const recordPath = '.service-kit/generated.json';

const recordSchema = z.object({
  /** The generator that wrote the project last. */
  generator: z.string(),
  /** Each generated file as it was generated, and the generator version that last changed it. */
  files: z.record(z.string(), z.object({ version: z.string(), content: z.string() })),
});

export type GeneratedRecord = z.infer<typeof recordSchema>;

/** The record of the project in `dir`; undefined for a project generated before records were kept. */
export function readRecord(dir: string): GeneratedRecord | undefined {
  const file = join(dir, recordPath);
  if (!existsSync(file)) return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new UsageError(
      `${recordPath} is not valid JSON; restore it from git (git checkout -- ${recordPath})`,
    );
  }
  const parsed = recordSchema.safeParse(stored);
  if (!parsed.success) {
    throw new UsageError(
      `${recordPath} is not a record service-kit wrote; restore it from git (git checkout -- ${recordPath})`,
    );
  }
  // The record arrives with the repository: a pull request can change it, so
  // nothing it names is read, written or removed before every entry is checked.
  for (const path of Object.keys(parsed.data.files)) {
    const problem = unsafeProjectPath(dir, path);
    if (problem)
      throw new UsageError(
        `${recordPath} names ${JSON.stringify(path)}, which ${problem}; service-kit touches only files inside the project. Nothing was changed; restore the record from git (git checkout -- ${recordPath})`,
      );
  }
  return parsed.data;
}

/** The record as written: one line per file, so a review shows which files the generator changed. */
export function recordText(record: GeneratedRecord): string {
  const files = Object.keys(record.files)
    .sort()
    .map((path) => `    ${JSON.stringify(path)}: ${JSON.stringify(record.files[path])}`);
  return `{\n  "generator": ${JSON.stringify(record.generator)},\n  "files": {\n${files.join(',\n')}\n  }\n}\n`;
}
