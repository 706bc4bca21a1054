import { relative } from 'node:path';

/** What a person runs next, once the project at `target` is written or brought up to date. */
export function readyMessage(
  name: string,
  target: string,
  created: boolean,
  installed: boolean,
): string {
  if (!created) return `\n${name} is up to date with this service-kit.`;
  const where = relative(process.cwd(), target);
  const steps = [
    where && `cd ${where}`,
    !installed && 'npm install',
    'npm run dev    # http://127.0.0.1:3000/healthcheck',
    'npm test',
  ].filter(Boolean);
  return `\n${name} is ready. Next:\n\n  ${steps.join('\n  ')}\n`;
}
