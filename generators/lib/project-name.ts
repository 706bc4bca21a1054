import validateNpmPackageName from 'validate-npm-package-name';
import { quoted } from './quoted.js';

const MAX_LENGTH = 214;
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Names Windows reserves for devices: a repository holding such a folder cannot be checked out there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * The kebab-case name closest to `name` ("My Service" and "MyService" both
 * give "my-service"), so the one suggested is one that is taken.
 */
export function kebabCase(name: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[-\d]+|-+$/g, '');
}

/** "; use "<kebab-case>"", when that name would be accepted. */
function suggestion(name: string): string {
  const kebab = kebabCase(name);
  return kebab && projectNameProblem(kebab) === undefined ? `; use "${kebab}"` : '';
}

/**
 * Why `name` cannot be a project name, or undefined when it can.
 *
 * The name becomes a directory, the npm package name and part of container
 * and chart names, so it must be npm-valid for new packages and plain
 * kebab-case. The most specific problem is reported first, so a user who
 * typed `../x` hears about the path, not about the leading dot.
 */
export function projectNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the project name is empty';
  const shown = quoted(name);
  if (name.length > MAX_LENGTH) {
    return `the project name is ${name.length} characters long; npm allows at most ${MAX_LENGTH}`;
  }
  if (/[/\\]/.test(name)) {
    return `${shown} is a path, not a name: use a plain name such as "my-service" and run from the parent directory`;
  }
  if (/\p{Cc}/u.test(name.replace(/[\t\n\r ]/g, '')))
    return `${shown} contains control characters; use lowercase letters, digits and hyphens`;
  if (/\s/.test(name)) return `${shown} contains white space${suggestion(name)}`;
  if (/^[._]/.test(name)) return `${shown} starts with "${name[0]}"; npm names cannot`;
  if (name !== name.toLowerCase()) return `${shown} has capital letters${suggestion(name)}`;

  const npm = validateNpmPackageName(name);
  const npmProblem = [...(npm.errors ?? []), ...(npm.warnings ?? [])][0];
  if (npmProblem) return `${shown} is not a valid npm package name: ${npmProblem}`;

  if (WINDOWS_RESERVED.test(name))
    return `${shown} is a name Windows reserves for a device; a checkout there would fail`;
  if (!KEBAB_CASE.test(name)) {
    return `${shown} is not kebab-case: use lowercase letters, digits and single hyphens, starting with a letter`;
  }
  return undefined;
}
