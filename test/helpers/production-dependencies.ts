import { runCommand } from './run-command.js';

/** Every package npm installed for production in `project` (`npm ls --omit=dev`), by name. */
export async function productionPackages(project: string): Promise<Set<string>> {
  const listed = await runCommand('npm', ['ls', '--omit=dev', '--all', '--parseable'], project);
  const paths = listed.stdout.split('\n').filter((line) => line.includes('node_modules/'));
  return new Set(paths.map((path) => path.slice(path.lastIndexOf('node_modules/') + 13)));
}

/** The packages an npm install's output warned are deprecated, by name. */
export function deprecatedIn(installOutput: string): string[] {
  return [...installOutput.matchAll(/^npm warn deprecated (@?[^@\s]+)@\S+:/gm)].map(
    (match) => match[1]!,
  );
}
