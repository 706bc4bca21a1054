import { decideFile } from '../../generators/lib/update/file-outcome.js';
import { mergeJson } from '../../generators/lib/update/merge-json.js';

const labels = { ours: 'yours', base: 'base', theirs: 'new' };
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('decideFile', () => {
  const decide = (base?: string, ours?: string, theirs?: string) =>
    decideFile({ path: 'f.txt', base, ours, theirs }, labels, false);

  it.each([
    ['new', undefined, undefined, 'b', 'b'],
    ['updated', 'a', 'a', 'b', 'b'],
    ['kept yours', 'a', 'x', 'a', undefined],
    ['unchanged', 'a', 'b', 'b', undefined],
    ['removed', 'a', 'a', undefined, null],
    ['kept edited', 'a', 'x', undefined, undefined],
    ['kept deleted', 'a', undefined, 'b', undefined],
  ])('%s when base %p, ours %p, theirs %p', (outcome, base, ours, theirs, write) => {
    expect(decide(base, ours, theirs)).toEqual({
      outcome,
      ...(write === undefined ? {} : { write }),
    });
  });

  it('merges lines both changed apart, and marks lines both changed alike', () => {
    const base = 'one\ntwo\nthree\nfour\nfive\nsix\n';
    expect(decide(base, base.replace('one', 'ONE'), base.replace('six', 'SIX'))).toEqual({
      outcome: 'merged',
      write: 'ONE\ntwo\nthree\nfour\nfive\nSIX\n',
    });
    const conflict = decide(base, base.replace('two', 'ours'), base.replace('two', 'theirs'));
    expect(conflict).toMatchObject({ outcome: 'conflict', conflicts: 1 });
    expect(conflict.write).toContain('<<<<<<< yours\nours\n=======\ntheirs\n>>>>>>> new\n');
  });

  it('merges a file both added as two-sided: what they share merges, only what differs conflicts', () => {
    const shared = 'one\ntwo\nthree\n';
    const merged = decide(undefined, `${shared}mine\n`, `${shared}theirs\n`);
    expect(merged).toMatchObject({ outcome: 'conflict', conflicts: 1 });
    expect(merged.write).toBe(`${shared}<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> new\n`);
  });

  it('takes the new version of conflicting lines with theirsWins, and keeps the rest merged', () => {
    const base = 'one\ntwo\nthree\nfour\nfive\nsix\n';
    const ours = base.replace('two', 'ours').replace('six', 'SIX');
    const forced = decideFile(
      { path: 'f.txt', base, ours, theirs: base.replace('two', 'theirs') },
      labels,
      true,
    );
    expect(forced).toEqual({ outcome: 'merged', write: 'one\ntheirs\nthree\nfour\nfive\nSIX\n' });
  });
});

describe('mergeJson', () => {
  const base = {
    name: 'svc',
    scripts: { build: 'tsc', test: 'jest' },
    dependencies: { a: '1', c: '1' },
  };

  it('keeps keys the team added and takes keys the new version added, in order', () => {
    const ours = { ...base, scripts: { ...base.scripts, hello: 'echo' } };
    const theirs = { ...base, dependencies: { a: '2', b: '1', c: '1' } };
    const merged = mergeJson({ base: json(base), ours: json(ours), theirs: json(theirs) }, labels);
    expect(merged).toEqual({ text: expect.any(String) as unknown, conflicts: 0, keys: [] });
    expect(JSON.parse(merged!.text)).toEqual({
      name: 'svc',
      scripts: { build: 'tsc', test: 'jest', hello: 'echo' },
      dependencies: { a: '2', b: '1', c: '1' },
    });
    expect(Object.keys((JSON.parse(merged!.text) as typeof base).dependencies)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('removes a key the new version dropped and the team left alone', () => {
    const theirs = { ...base, dependencies: { a: '1' } };
    const merged = mergeJson({ base: json(base), ours: json(base), theirs: json(theirs) }, labels);
    expect(merged!.text).toBe(json(theirs));
  });

  it('marks only the key both set differently', () => {
    const ours = { ...base, scripts: { ...base.scripts, test: 'vitest' } };
    const theirs = {
      ...base,
      scripts: { ...base.scripts, test: 'jest --ci' },
      dependencies: { a: '2', c: '1' },
    };
    const merged = mergeJson({ base: json(base), ours: json(ours), theirs: json(theirs) }, labels)!;
    expect(merged.conflicts).toBe(1);
    expect(merged.keys).toEqual(['scripts.test']);
    expect(merged.text).toContain(
      '<<<<<<< yours\n    "test": "vitest"\n=======\n    "test": "jest --ci"\n>>>>>>> new\n',
    );
    expect(merged.text).toContain('"a": "2"');
  });

  it('keeps the text of a side when the result is that side', () => {
    const ours = `${JSON.stringify(base)}\n`;
    const merged = mergeJson({ base: json(base), ours, theirs: json(base) }, labels);
    expect(merged!.text).toBe(ours);
  });

  it('leaves a file that is not JSON on some side to the line merge', () => {
    expect(mergeJson({ base: '{}', ours: '{ // mine\n}', theirs: '{}' }, labels)).toBeUndefined();
  });
});
