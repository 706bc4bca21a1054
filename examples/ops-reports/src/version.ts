import { readFileSync } from 'node:fs';

/**
 * This service's name and version, from its package.json, which sits one
 * level above both src/ and dist/, so this resolves in dev and in a build.
 */
export const packageInfo = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { name: string; version: string };
