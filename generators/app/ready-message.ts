import { relative } from 'node:path';

/** What a person runs next, once the project at `target` is written. */
export function readyMessage(name: string, target: string, installed: boolean): string {
  const where = relative(process.cwd(), target);
  const steps = [
    where && `cd ${where}`,
    !installed && 'npm install',
    'npm run dev    # http://127.0.0.1:3000/healthcheck',
    'npm test',
  ].filter(Boolean);
  return `\n${name} is ready. Next:\n\n  ${steps.join('\n  ')}\n`;
}
