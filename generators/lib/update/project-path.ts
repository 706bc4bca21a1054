import { lstatSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';

/**
 * Why `path` cannot be read, written or removed as a file of the project in
 * `dir`, or undefined when it can: it must be relative, in `/` form with no
 * `.`, `..` or empty segment, stay inside the project once resolved, and
 * reach its file through no symbolic link (a link could point anywhere, and
 * the project's files arrive with its repository, where anyone can commit
 * one).
 */
export function unsafeProjectPath(dir: string, path: string): string | undefined {
  if (path === '' || path.includes('\0')) return 'is not a file name';
  if (isAbsolute(path) || posix.isAbsolute(path) || /^[a-zA-Z]:/.test(path))
    return 'is an absolute path';
  if (path.includes('\\')) return 'has a backslash; paths in a project are written with /';
  const segments = path.split('/');
  if (segments.some((segment) => segment === '..')) return 'climbs out with ..';
  if (segments.some((segment) => segment === '' || segment === '.'))
    return 'is not in normal form (an empty or . segment)';
  const root = resolve(dir);
  const inside = relative(root, resolve(root, path));
  if (inside.startsWith('..') || isAbsolute(inside)) return 'is outside the project';
  for (let depth = 1; depth <= segments.length; depth += 1) {
    const prefix = segments.slice(0, depth).join('/');
    const stat = lstatSync(join(root, prefix), { throwIfNoEntry: false });
    if (!stat) return undefined;
    if (stat.isSymbolicLink()) return `goes through ${prefix}, a symbolic link`;
    // A file where a folder should be: the write fails later, saying so.
    if (!stat.isDirectory()) return undefined;
  }
  return undefined;
}
