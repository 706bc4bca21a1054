import { join } from 'node:path';
import type { BaseGenerator } from '@yeoman/types';
import { prepareCommand } from 'yeoman-environment';
import AppGenerator from '../generators/app/index.js';
import { featureGenerator } from '../generators/lib/feature-generator.js';
import { packageRoot } from '../generators/lib/package-root.js';

// Where Yeoman looks for the package a generator belongs to, which names the `.yo-rc.json` key.
const resolved = join(packageRoot, 'dist', 'generators', 'app', 'index.js');

type GeneratorClass = new (...args: never[]) => BaseGenerator;

/** Runs one generator through yeoman-environment, which parses `args` with the options it declares. */
async function run(generator: GeneratorClass, namespace: string, args: string[]): Promise<void> {
  const command = await prepareCommand({ generator: generator as never, namespace, resolved });
  await command.parseAsync(['node', 'service-kit', ...args]);
}

export const runApp = (args: string[]) => run(AppGenerator, 'service-kit:app', args);

export const runFeature = (feature: string, args: string[]) =>
  run(featureGenerator(feature), `service-kit:${feature}`, args);
