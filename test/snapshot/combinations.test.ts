import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import helpers from 'yeoman-test';
import { answersFileFor, combinations } from '../helpers/combinations.js';
import { appGenerator } from '../helpers/generator-paths.js';

/**
 * The whole rendered tree of each combination, file by file. A template
 * change shows up here as a diff to review; `npm run snapshot:update` accepts it.
 */
// A feature added later renders as if chosen up front; the CLI tests prove that.
describe.each(combinations.filter((combination) => !combination.add))(
  'the $name combination',
  (combination) => {
    it('renders the same tree as the reviewed snapshot', async () => {
      const answers = answersFileFor(combination, mkdtempSync(join(tmpdir(), 'snapshot-')));
      const result = await helpers
        .run(appGenerator)
        .withArguments([`${combination.name}-svc`])
        .withOptions({
          yes: true,
          skipInstall: true,
          preset: combination.preset,
          answers,
        } as Record<string, unknown>);
      const files = Object.fromEntries(
        Object.entries(result.getSnapshot()).map(([path, { contents }]) => [path, contents]),
      );
      expect(Object.keys(files).sort()).toMatchSnapshot('file list');
      expect(files).toMatchSnapshot('contents');
    });
  },
);
