import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import helpers from 'yeoman-test';
import { appGenerator } from '../helpers/generator-paths.js';

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
    expect(verdicts.name).toBe('"Bad Name" contains white space; use hyphens: "Bad-Name"');
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
