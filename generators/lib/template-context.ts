import { join } from 'node:path';
import * as codeLayout from './code-layout.js';
import { templatesRoot } from './package-root.js';
import type { Plan } from './plan.js';
import { featureNamed } from './registry.js';

const rankInLayout = (feature: string) => (featureNamed(feature).stage === 'component' ? 0 : 1);

const contexts = new WeakMap<Plan, Promise<Record<string, unknown>>>();

/**
 * What every `.ejs` template sees: the plan, the merged contributions of its
 * features (README sections resolved to their partials' paths), the helpers
 * its features declare, and the layout helpers of generated code.
 * Made once per plan, however many files read it.
 */
export function templateContext(plan: Plan): Promise<Record<string, unknown>> {
  let context = contexts.get(plan);
  if (!context) {
    context = contextOf(plan);
    contexts.set(plan, context);
  }
  return context;
}

async function contextOf(plan: Plan): Promise<Record<string, unknown>> {
  const modules = await Promise.all(
    plan.features.map((name) => featureNamed(name).helpers?.() ?? Promise.resolve({})),
  );
  const helpers = Object.assign({}, ...modules) as Record<string, unknown>;
  const readme = plan.merged.readme.map((section) => ({
    title: section.title,
    path: join(templatesRoot, section.feature, '_partials', section.partial),
  }));
  // The product's own component leads the layout map; the kit it stands on follows.
  const layout = [...plan.merged.layout].sort(
    (a, b) => rankInLayout(a.feature) - rankInLayout(b.feature),
  );
  return { ...helpers, ...plan, ...plan.merged, readme, layout, ...codeLayout };
}
