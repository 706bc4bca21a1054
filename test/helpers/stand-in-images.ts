import { join } from 'node:path';
import { dependencyVersions } from '../../generators/lib/dependency-versions.js';
import { podman, podmanOkLocked } from './containers.js';
import { repoRoot } from './generator-paths.js';

const standIns = join(repoRoot, 'test', 'containers', 'stand-ins');

/** The folder of test/containers/stand-ins that builds each image a compose file may name, and its build arguments. */
const standInOf: Record<string, { folder: string; args: string[] }> = {
  'docker.io/library/postgres': { folder: 'postgres', args: [] },
  'docker.io/library/redis': { folder: 'redis', args: [] },
  'docker.io/amazon/dynamodb-local': {
    folder: 'dynamodb-local',
    // The dynalite the generated services embed.
    args: ['--build-arg', `DYNALITE=${dependencyVersions.dynalite}`],
  },
};

/** `postgres:16.4-alpine` as podman stores it: docker.io/library/postgres:16.4-alpine. */
function fullName(image: string): string {
  const [repository, tag = 'latest'] = image.split(':');
  const path = repository!.includes('/') ? repository! : `library/${repository!}`;
  return `docker.io/${path}:${tag}`;
}

/**
 * Makes every image of `images` present under its own name: a registry
 * image this machine cannot pull is built from its stand-in (see the README
 * there) on `base`, once per machine. An image with no stand-in fails here,
 * by name, rather than as a pull error inside a compose run.
 */
export async function ensureStandIns(images: readonly string[], base: string): Promise<void> {
  for (const image of images) {
    const name = fullName(image);
    if ((await podman(['image', 'exists', name])).code === 0) continue;
    const standIn = standInOf[name.slice(0, name.lastIndexOf(':'))];
    if (!standIn) throw new Error(`${image}: no stand-in in test/containers/stand-ins`);
    const { folder, args } = standIn;
    // Under a lock of the image's own: suites side by side build it once, the others wait.
    await podmanOkLocked(
      `stand-in-${folder}`,
      [
        'build',
        '--build-arg',
        `BASE=${base}`,
        ...args,
        '--label',
        `service-kit.stand-in=${folder}`,
      ].concat(['-t', name, '.']),
      join(standIns, folder),
    );
  }
}
