import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import helpers from 'yeoman-test';
import { repoRoot } from '../helpers/generator-paths.js';
import { tempDir } from '../helpers/run-cli.js';
import { runCommand } from '../helpers/run-command.js';
import type { AnswersModule } from '../matrix/answer-space.js';
import { matrixPlan } from '../matrix/matrix-plan.js';

/**
 * A copy of the built generator with one more feature in it: two folders
 * (its declaration and its templates) and not a line changed anywhere else.
 * If the registry is really built from the folders, the copy plans, offers,
 * renders and adds the feature like any of its own.
 */
function generatorWithFixtureFeature(): string {
  const copy = join(tempDir('fixture-feature'), 'generator-service-kit');
  mkdirSync(copy);
  for (const entry of ['package.json', 'dist', 'templates', 'presets'])
    cpSync(join(repoRoot, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
  const fixture = join(repoRoot, 'test', 'fixtures', 'audit-log');
  cpSync(join(fixture, 'generators'), join(copy, 'dist', 'generators'), { recursive: true });
  cpSync(join(fixture, 'templates'), join(copy, 'templates'), { recursive: true });
  return copy;
}

describe('a feature dropped in as two folders', () => {
  const copy = generatorWithFixtureFeature();
  const cli = (args: string[], cwd: string) =>
    runCommand(process.execPath, [join(copy, 'dist', 'cli', 'service-kit.js'), ...args], cwd);

  it('is planned, rendered and added to an existing project', async () => {
    const dir = tempDir('fixture-run');
    const result = await cli(['audited', '--preset', 'minimal', '--yes', '--skip-install'], dir);
    expect(result.code).toBe(0);
    const project = join(dir, 'audited');
    expect(existsSync(join(project, 'src/audit/audit-log.ts'))).toBe(false);

    const added = await cli(['add', 'audit-log', '--skip-install'], project);
    expect(added.code).toBe(0);
    expect(readFileSync(join(project, 'src/audit/audit-log.ts'), 'utf8')).toBe(
      "/** The service whose changes the audit log records. */\nexport const auditedService = 'audited';\n",
    );
    const stored = JSON.parse(readFileSync(join(project, '.yo-rc.json'), 'utf8')) as {
      'generator-service-kit': { tooling: string[] };
    };
    expect(stored['generator-service-kit'].tooling).toContain('audit-log');
    expect(readFileSync(join(project, 'src/config.ts'), 'utf8')).toContain('AUDIT_LOG_FILE:');
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toContain('## Audit log');
  });

  it('is offered at the prompt and named by --help', async () => {
    const offered: string[] = [];
    await helpers
      .run(join(copy, 'dist', 'generators', 'app', 'index.js'))
      .withOptions({ skipInstall: true })
      .withAnswers(
        { name: 'prompted', description: 'x', tooling: ['audit-log'] },
        {
          callback: (
            answer: unknown,
            { question }: { question: { name?: string; choices?: { value: string }[] } },
          ) => {
            if (question.name === 'tooling')
              offered.push(...(question.choices ?? []).map((choice) => choice.value));
            return answer;
          },
        },
      );
    expect(offered).toContain('audit-log');
    const help = await cli(['--help'], tempDir('fixture-help'));
    expect(help.stdout).toMatch(/Features add takes: .*audit-log/);
  });

  it('joins the combination matrix, with no edit to the matrix code', async () => {
    const answers = (await import(
      join(copy, 'dist', 'generators', 'lib', 'answers.js')
    )) as AnswersModule;
    const plan = matrixPlan(answers, { presets: join(copy, 'presets') });
    expect(plan.factors.map((factor) => factor.name)).toContain('tooling:audit-log');
    // Each of its pairs is covered, so some combination has it and some does not.
    const withIt = plan.entries.filter((entry) =>
      (entry.answers.tooling as string[]).includes('audit-log'),
    );
    expect(withIt.length).toBeGreaterThan(0);
    expect(withIt.length).toBeLessThan(plan.entries.length);
  });
});
