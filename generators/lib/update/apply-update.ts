import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../usage-error.js';
import type { UpdatePlan } from './plan-update.js';

/** A write the update makes: new content, or null to delete. */
interface Write {
  path: string;
  content: string | null;
  executable: boolean;
}

/** What was at a path before the update wrote it, to put back if a later write fails. */
interface Undo {
  path: string;
  bytes: Buffer | undefined;
  mode: number | undefined;
  createdDirs: string[];
}

/** Makes the parent folders of `path`, returning those it created, deepest last. */
function makeParents(path: string): string[] {
  const created: string[] = [];
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
  if (created.length > 0) mkdirSync(created[created.length - 1]!, { recursive: true });
  return created;
}

/** Removes `dir` and the folders above it up to `root` while they are empty. */
function removeEmptyParents(dir: string, root: string): void {
  for (; dir.startsWith(`${root}/`) && readdirSync(dir).length === 0; dir = dirname(dir))
    rmdirSync(dir);
}

function writeOne({ path, content, executable }: Write, root: string): Undo {
  const existed = existsSync(path);
  const undo: Undo = {
    path,
    bytes: existed ? readFileSync(path) : undefined,
    mode: existed ? statSync(path).mode : undefined,
    createdDirs: [],
  };
  if (content === null) {
    unlinkSync(path);
    removeEmptyParents(dirname(path), root);
    return undo;
  }
  undo.createdDirs = makeParents(path);
  // Written beside the file and renamed over it, so a file is never left half-written.
  // The temp name is opened exclusively: a file or link planted there is not followed.
  const temp = `${path}.service-kit-${process.pid}`;
  writeFileSync(temp, content, { flag: 'wx', mode: executable && !existed ? 0o755 : 0o644 });
  if (undo.mode !== undefined) chmodSync(temp, undo.mode & 0o7777);
  renameSync(temp, path);
  return undo;
}

function undoOne({ path, bytes, mode, createdDirs }: Undo): void {
  if (bytes === undefined) {
    if (existsSync(path)) unlinkSync(path);
    for (const dir of createdDirs.reverse()) if (readdirSync(dir).length === 0) rmdirSync(dir);
    return;
  }
  makeParents(path);
  writeFileSync(path, bytes, { mode });
}

/**
 * Writes every change of the plan, and the answers and record last. If any
 * write fails, those already made are undone, so the project is left as it
 * was and the run says which file failed.
 */
export function applyUpdate(update: UpdatePlan): void {
  const writes: Write[] = [
    ...update.changes
      .filter((change) => change.write !== undefined)
      .map(({ path, write, executable }) => ({ path, content: write!, executable })),
    ...update.bookkeeping.map(({ path, content }) => ({ path, content, executable: false })),
  ];
  const done: Undo[] = [];
  for (const write of writes) {
    const path = join(update.target, write.path);
    try {
      done.push(writeOne({ ...write, path }, update.target));
    } catch (error) {
      for (const undo of done.reverse()) undoOne(undo);
      throw new UsageError(
        `could not write ${write.path} (${(error as Error).message}); nothing was changed`,
      );
    }
  }
}
