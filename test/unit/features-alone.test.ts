import * as answers from '../../generators/lib/answers.js';
import { projectNameProblem } from '../../generators/lib/project-name.js';
import { answerSpace, everyPoint, type Factor } from '../matrix/answer-space.js';
import { featuresAlone } from '../matrix/features-alone.js';

const factors: Factor[] = [
  { name: 'database', answer: 'database', levels: ['none', 'dynamodb', 'postgres'] },
  ...['a', 'b', 'c'].map((value) => ({
    name: `tooling:${value}`,
    answer: 'tooling',
    value,
    levels: [false, true],
  })),
];
// c needs dynamodb and a, as the reports component needs its database and schemes.
const valid = [...everyPoint(factors)].filter(
  (point) => point[3] === 0 || (point[0] === 1 && point[1] === 1),
);

describe('the every-feature-alone points', () => {
  const entries = featuresAlone(factors, valid, { description: 'd' });

  it('holds each value once with nothing else, but what its needs bring', () => {
    expect(entries.map((entry) => [entry.name, entry.answers])).toEqual([
      ['alone-nothing', { description: 'd', database: 'none', tooling: [] }],
      ['alone-database-dynamodb', { description: 'd', database: 'dynamodb', tooling: [] }],
      ['alone-database-postgres', { description: 'd', database: 'postgres', tooling: [] }],
      ['alone-a', { description: 'd', database: 'none', tooling: ['a'] }],
      ['alone-b', { description: 'd', database: 'none', tooling: ['b'] }],
      ['alone-c', { description: 'd', database: 'dynamodb', tooling: ['a', 'c'] }],
    ]);
  });

  it('reads the real answer space: OIDC login alone is a project with no other scheme', () => {
    const space = answerSpace(answers);
    const real = featuresAlone(space.factors, space.valid, answers.answerDefaults);
    const login = real.find((entry) => entry.values.includes('oidc-login'));
    expect(login?.answers).toMatchObject({ auth: ['oidc-login'], database: 'none', modes: [] });
    // Every value of every answer is in some entry.
    const values = space.factors.flatMap((factor) =>
      factor.levels
        .slice(1)
        .map(
          (level) =>
            factor.value ?? (level === true ? factor.name : `${factor.name}-${String(level)}`),
        ),
    );
    expect(real.flatMap((entry) => entry.values).sort()).toEqual(['nothing', ...values].sort());
    // Each is generated as <name>-svc, which must be a valid project name (dataApi is not).
    expect(real.map(({ name }) => projectNameProblem(`${name}-svc`))).toEqual(
      real.map(() => undefined),
    );
  });
});
