import { join } from 'node:path';
import { prepareCommand } from 'yeoman-environment';
import AppGenerator from '../generators/app/index.js';
import { packageRoot } from '../generators/lib/package-root.js';

// Where Yeoman looks for the package a generator belongs to, which names the `.yo-rc.json` key.
const resolved = join(packageRoot, 'dist', 'generators', 'app', 'index.js');

/** Runs the app generator through yeoman-environment, which parses `args` with the options it declares. */
export async function runApp(args: string[]): Promise<void> {
  const command = await prepareCommand({
    generator: AppGenerator as never,
    namespace: 'service-kit:app',
    resolved,
  });
  await command.parseAsync(['node', 'service-kit', ...args]);
}
