import type { MergedContribution } from '../lib/contribution.js';
import { dependencyVersions, type DependencyName } from '../lib/dependency-versions.js';
import type { Plan } from '../lib/plan.js';

const withVersions = (names: readonly DependencyName[]) =>
  Object.fromEntries(names.map((name) => [name, dependencyVersions[name]]));

/**
 * The generated package.json. It is merged into an existing one, so
 * dependencies and scripts a team added by hand survive a re-run.
 */
export function packageJsonOf(plan: Plan, merged: MergedContribution) {
  return {
    name: plan.answers.name,
    version: '0.1.0',
    description: plan.answers.description,
    private: true,
    type: 'module',
    engines: { node: '>=20.19' },
    scripts: merged.scripts,
    dependencies: withVersions(merged.dependencies),
    devDependencies: withVersions(merged.devDependencies),
  };
}
