import type { MergedContribution } from './contribution.js';
import {
  dependencyVersions,
  installScriptsNotNeeded,
  type DependencyName,
} from './dependency-versions.js';
import type { Plan } from './plan.js';

const withVersions = (names: readonly DependencyName[]) =>
  Object.fromEntries(names.map((name) => [name, dependencyVersions[name]]));

/** The install scripts the project's dependencies bring and do not need, denied (see installScriptsNotNeeded). */
function deniedInstallScripts(merged: MergedContribution) {
  const used = new Set<DependencyName>([...merged.dependencies, ...merged.devDependencies]);
  return Object.fromEntries(
    Object.entries(installScriptsNotNeeded)
      .filter(([, script]) => used.has(script.broughtBy))
      .map(([name]) => [name, false]),
  );
}

/** The package.json fields features contribute. */
function managedFieldsOf(merged: MergedContribution) {
  return {
    scripts: merged.scripts,
    dependencies: withVersions(merged.dependencies),
    devDependencies: withVersions(merged.devDependencies),
    allowScripts: deniedInstallScripts(merged),
  };
}

/** The package.json of a new project. */
export function packageJsonOf(plan: Plan) {
  return {
    name: plan.answers.name,
    version: '0.1.0',
    description: plan.answers.description,
    private: true,
    type: 'module',
    engines: { node: '>=20.19' },
    ...managedFieldsOf(plan.merged),
  };
}
