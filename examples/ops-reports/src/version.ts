import { readFileSync } from 'node:fs';

// package.json sits one level above both src/ and dist/, so this resolves in dev and in a build.
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

export const serviceName = manifest.name;
export const version = manifest.version;
