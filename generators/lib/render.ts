import { readFileSync } from 'node:fs';
import ejs from 'ejs';

/**
 * Renders an EJS template. Templates lay out what they assemble the way the
 * generated project's Prettier would (see code-layout.ts), so the result is
 * `prettier --check` clean without a formatter in the run.
 */
export function renderTemplate(templateFile: string, context: Record<string, unknown>): string {
  return ejs.render(readFileSync(templateFile, 'utf8'), context, { filename: templateFile });
}
