import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What a generated project holds that it wrote itself: installs, builds,
 * engine data and the update record (`.service-kit`, copies of the
 * generated files) are left out.
 */
const skipped = new Set(['node_modules', 'dist', 'coverage', '.data', '.git', '.service-kit']);

/** The project's own files whose names pass `keep`, as paths relative to `root`. */
export function* projectFiles(
  root: string,
  keep: (name: string) => boolean = () => true,
  dir = root,
): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* projectFiles(root, keep, path);
    else if (entry.isFile() && keep(entry.name)) yield relative(root, path);
  }
}
