import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import helpers from 'yeoman-test';
import { appGenerator } from '../helpers/generator-paths.js';
import { tempDir } from '../helpers/run-cli.js';

type Validate = (value: string) => string | boolean;

/** Answers the prompts as a person would, and keeps what each prompt's own validation said. */
function promptedRun(answers: Record<string, string>) {
  const verdicts: Record<string, string | boolean> = {};
  const context = helpers
    .run(appGenerator)
    .withOptions({ skipInstall: true })
    .withAnswers(answers, {
      callback: (
        answer: unknown,
        { question }: { question: { name?: string; validate?: Validate } },
      ) => {
        if (question.name && question.validate)
          verdicts[question.name] = question.validate(String(answer));
        return answer;
      },
    });
  return { context, verdicts };
}

describe('the prompts', () => {
  it('ask for every answer and write the project they describe', async () => {
    const { context, verdicts } = promptedRun({
      name: 'prompted-svc',
      description: 'From the prompts',
      database: 'postgres',
    });
    const result = await context;
    expect(verdicts).toEqual({ name: true, description: true });
    result.assertJsonFileContent('prompted-svc/.yo-rc.json', {
      'generator-service-kit': {
        name: 'prompted-svc',
        description: 'From the prompts',
        database: 'postgres',
      },
    });
    result.assertFile('prompted-svc/src/db/postgres.ts');
    result.assertJsonFileContent('prompted-svc/package.json', { name: 'prompted-svc' });
  });

  it('refuse a bad name with the same message as the flags, and write nothing', async () => {
    const { context, verdicts } = promptedRun({ name: 'Bad Name', description: 'x' });
    await expect(context).rejects.toThrow('"Bad Name" contains white space');
    expect(verdicts.name).toBe('"Bad Name" contains white space; use "bad-name"');
    expect(existsSync(join(context.targetDirectory ?? '', 'Bad Name'))).toBe(false);
  });
});

describe('a prompted name that names an existing project', () => {
  it('asks nothing more: the answers stored there are used', async () => {
    const asked: string[] = [];
    const stored = {
      name: 'kept',
      description: 'Stored earlier',
      dataApi: false,
      database: 'none',
      auth: ['api-key'],
      modes: [],
      tooling: [],
    };
    const result = await helpers
      .run(appGenerator)
      .withOptions({ skipInstall: true })
      .onTargetDirectory((dir) => {
        mkdirSync(join(dir, 'kept'));
        writeFileSync(
          join(dir, 'kept', '.yo-rc.json'),
          JSON.stringify({ 'generator-service-kit': stored }),
        );
      })
      .withAnswers(
        { name: 'kept' },
        {
          callback: (answer: unknown, { question }: { question: { name?: string } }) => {
            asked.push(question.name ?? '');
            return answer;
          },
        },
      );
    expect(asked).toEqual(['name']);
    result.assertJsonFileContent('kept/.yo-rc.json', { 'generator-service-kit': stored });
    result.assertFile('kept/src/auth/api-key.ts');
  });
});

describe('prompts that cannot lead into a refusal', () => {
  type Choice = { value: string; disabled?: string };
  type Asked = { name?: string; choices?: Choice[] };

  it('show a component the earlier answers rule out as disabled, with the reason', async () => {
    const offered: Record<string, Choice[]> = {};
    await helpers
      .run(appGenerator)
      .withOptions({ skipInstall: true })
      .withAnswers(
        { name: 'ruled-out', description: 'x', database: 'postgres' },
        {
          callback: (answer: unknown, { question }: { question: Asked }) => {
            if (question.name && question.choices) offered[question.name] = question.choices;
            return answer;
          },
        },
      );
    expect(offered.components).toEqual([
      expect.objectContaining({
        value: 'reports',
        disabled: '(the reports component needs database "dynamodb")',
      }),
    ]);
    expect(offered.database?.every((choice) => !choice.disabled)).toBe(true);
  });

  it('ask again, keeping the other answers, when a given answer rules out one picked at a prompt', async () => {
    const dir = tempDir('conflict');
    const file = join(dir, 'answers.json');
    writeFileSync(
      file,
      JSON.stringify({ components: ['reports'], auth: ['api-key', 'oidc-login'] }),
    );
    const databaseOffers: Choice[][] = [];
    let databaseAnswers = 0;
    const result = await helpers
      .run(appGenerator)
      // The app generator's own option, which yeoman-test's types do not know.
      .withOptions({ skipInstall: true, ...{ answers: file } })
      .withAnswers(
        { name: 'asked-again', description: 'Kept across the second round' },
        {
          callback: (answer: unknown, { question }: { question: Asked }) => {
            if (question.name !== 'database') return answer;
            databaseOffers.push(question.choices ?? []);
            // The first pick is one the prompt shows disabled; a test's answers can still make it.
            databaseAnswers += 1;
            return databaseAnswers === 1 ? 'postgres' : 'dynamodb';
          },
        },
      );
    expect(databaseOffers[0]?.find((choice) => choice.value === 'postgres')?.disabled).toBe(
      '(the reports component needs database "dynamodb")',
    );
    expect(databaseAnswers).toBe(2);
    result.assertJsonFileContent('asked-again/.yo-rc.json', {
      'generator-service-kit': {
        description: 'Kept across the second round',
        database: 'dynamodb',
        components: ['reports'],
      },
    });
  });
});
