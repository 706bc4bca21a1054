import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';

const git = (args: string[], cwd: string, input?: string) =>
  spawnSync('git', args, { cwd, encoding: 'utf8', input });

/** True when `dir` (or, if it is not there yet, its nearest existing parent) is in a git work tree. */
export function insideGitRepository(dir: string): boolean {
  let existing = dir;
  while (!existsSync(existing)) existing = dirname(existing);
  return git(['rev-parse', '--is-inside-work-tree'], existing).stdout.trim() === 'true';
}

/**
 * Makes the new project a repository with everything in a first commit, so
 * the team's first edit is a diff. Returns a sentence for the run to print
 * when that could not be done; the project itself is written either way.
 */
export function commitNewProject(dir: string, message: string): string | undefined {
  const init = git(['init', '--quiet'], dir);
  if (init.error) return 'git is not installed, so the project is not a repository yet';
  const add = git(['add', '--all'], dir);
  if (add.status !== 0) return `git add failed: ${add.stderr.trim()}`;
  const commit = git(['commit', '--quiet', '--no-verify', '--message', message], dir);
  if (commit.status === 0) return undefined;
  return /user\.(name|email)|identity/i.test(commit.stderr)
    ? 'git has no user.name and user.email here, so the files are staged but not committed; set them and run git commit'
    : `git commit failed: ${commit.stderr.trim()}`;
}

/** A file left with conflict markers, and the three versions it was merged from. */
export interface ConflictStages {
  path: string;
  base: string | undefined;
  ours: string;
  theirs: string;
}

/**
 * Records each conflicted file in the index as git records its own merge
 * conflicts (stage 1 base, 2 ours, 3 theirs), so `git status` lists it as
 * unmerged, `git checkout --ours` / `--theirs` work and IDE merge tools
 * offer the three panes. A file without a base is "both added".
 */
export function stageConflicts(dir: string, conflicts: readonly ConflictStages[]): void {
  const blob = (content: string) =>
    git(['hash-object', '-w', '--stdin'], dir, content).stdout.trim();
  // The index names paths from the repository's top, which may be above the project.
  const prefix = git(['rev-parse', '--show-prefix'], dir).stdout.trim();
  const lines = conflicts.flatMap(({ path, base, ours, theirs }) => {
    const mode = git(['ls-files', '--format=%(objectmode)', '--', path], dir).stdout.trim();
    const entry = (stage: number, content: string) =>
      `${mode || '100644'} ${blob(content)} ${stage}\t${prefix}${path}`;
    return [
      `0 ${'0'.repeat(40)}\t${prefix}${path}`,
      ...(base === undefined ? [] : [entry(1, base)]),
      entry(2, ours),
      entry(3, theirs),
    ];
  });
  git(['update-index', '--index-info'], dir, `${lines.join('\n')}\n`);
}
