import { readdirSync } from 'node:fs';
import helpers from 'yeoman-test';
import { appGenerator, repoRoot } from '../helpers/generator-paths.js';

const presets = readdirSync(`${repoRoot}presets`).map((file) => file.replace(/\.json$/, ''));

/**
 * The whole rendered tree of each preset, file by file. A template change
 * shows up here as a diff to review; `npm run test:snapshot -- -u` accepts it.
 */
describe.each(presets)('the %s preset', (preset) => {
  it('renders the same tree as the reviewed snapshot', async () => {
    const result = await helpers
      .run(appGenerator)
      .withArguments([`${preset}-service`])
      .withOptions({ preset, yes: true, skipInstall: true } as Record<string, unknown>);
    const files = Object.fromEntries(
      Object.entries(result.getSnapshot()).map(([path, { contents }]) => [path, contents]),
    );
    expect(Object.keys(files).sort()).toMatchSnapshot('file list');
    expect(files).toMatchSnapshot('contents');
  });
});
