import { answerProblem, parseAnswers } from '../../generators/lib/answers.js';
import { UsageError } from '../../generators/lib/usage-error.js';

describe('parseAnswers', () => {
  it('returns the answers, trimmed', () => {
    expect(parseAnswers({ name: 'svc', description: '  Reports  ' }, 'test')).toEqual({
      name: 'svc',
      description: 'Reports',
    });
  });

  it('names the source and every problem at once', () => {
    const parse = () =>
      parseAnswers({ name: 'Bad', description: '', colour: 'red' }, 'answers.json');
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(
      'answers.json: name: "Bad" has capital letters; use "bad"; description: the description is empty; unknown answer "colour" (known: name, description)',
    );
  });

  it('says which answer is missing', () => {
    expect(() => parseAnswers({ description: 'x' }, 'answers')).toThrow(
      'answers: "name" is missing',
    );
  });

  it('refuses a description over several lines', () => {
    expect(() => parseAnswers({ name: 'svc', description: 'a\nb' }, 'answers')).toThrow(
      'description: the description must fit on one line',
    );
  });
});

describe('answerProblem', () => {
  it('validates one prompt answer with the same rules', () => {
    expect(answerProblem('name', 'my-svc')).toBeUndefined();
    expect(answerProblem('name', 'a/b')).toContain('is a path, not a name');
    expect(answerProblem('description', ' ')).toBe('the description is empty');
  });
});
