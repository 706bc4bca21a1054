import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { packageJsonOf } from './package-json.js';
import type { Plan } from './plan.js';
import { storedConfigOf } from './project-config.js';
import { UsageError } from './usage-error.js';
import { projectFiles } from './write-plan.js';

/**
 * Writes a new project straight to disk, for a run that leaves Yeoman
 * nothing to do: every answer given and a target that is not there yet (or
 * empty), so there is no prompt to ask and no file to reconcile. The files
 * and their contents are those the app generator writes through Yeoman; this
 * only skips loading it, which is most of a run's time. Everything is
 * rendered before the first file is written.
 */
export async function writeNewProject(
  plan: Plan,
  target: string,
  { skipInstall }: { skipInstall: boolean },
): Promise<void> {
  const files = await projectFiles(plan);
  const shown = (path: string) => relative(process.cwd(), path) || '.';
  const write = (output: string, put: (path: string) => void) => {
    const path = join(target, output);
    mkdirSync(dirname(path), { recursive: true });
    put(path);
    console.log(`   create ${shown(path)}`);
  };
  write('.yo-rc.json', (path) => writeFileSync(path, storedConfigOf(plan.answers)));
  write('package.json', (path) =>
    writeFileSync(path, `${JSON.stringify(packageJsonOf(plan), null, 2)}\n`),
  );
  for (const { file, content } of files) {
    // A copy keeps its bytes and its mode: the container scripts stay executable.
    write(file.output, (path) =>
      file.rendered ? writeFileSync(path, content) : copyFileSync(file.template, path),
    );
  }
  if (skipInstall) return;
  console.log(`\nRunning npm install in ${shown(target)}`);
  const install = spawnSync('npm', ['install'], { cwd: target, stdio: 'inherit' });
  if (install.status !== 0) {
    throw new UsageError(
      `npm install failed in ${shown(target)} (${install.error?.message ?? `exit ${install.status}`}); the project is written, run npm install there`,
    );
  }
}
