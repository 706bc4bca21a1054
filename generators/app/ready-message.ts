import { isAbsolute, relative } from 'node:path';

/**
 * `target` as a `cd` from where the person typed the command: npm and npx
 * run a package's bin from that folder and say where it was in INIT_CWD
 * (`npm run demo` from the clone generates under .demo/, say). A path that
 * would leave that folder is given from the working directory instead.
 */
function shownPath(target: string): string {
  const typedIn = process.env.INIT_CWD;
  const fromThere = typedIn ? relative(typedIn, target) : '..';
  const outside = fromThere.startsWith('..') || isAbsolute(fromThere);
  return outside ? relative(process.cwd(), target) : fromThere;
}

/** What a person runs next, once the project at `target` is written or brought up to date. */
export function readyMessage(
  name: string,
  target: string,
  created: boolean,
  installed: boolean,
): string {
  if (!created) return `\n${name} is up to date with this service-kit.`;
  const where = shownPath(target);
  const steps = [
    where && `cd ${where}`,
    !installed && 'npm install',
    'npm run dev    # http://127.0.0.1:3000/healthcheck',
    'npm test',
  ].filter(Boolean);
  return `\n${name} is ready. Next:\n\n  ${steps.join('\n  ')}\n`;
}
