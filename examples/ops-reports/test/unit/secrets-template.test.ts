import { parseValues, renderFor } from '../../scripts/secrets/secrets-template.js';

describe('the secrets template', () => {
  it('replaces each placeholder with the environment’s value', () => {
    const { text, missing } = renderFor('A={{ A }}\nB={{B}}\n', 'local', { A: '1', B: 'two' });
    expect(missing).toEqual([]);
    expect(text).toBe('A=1\nB=two\n');
  });

  it('keeps a conditional block only for the environments it names', () => {
    const template = 'A=1\n{{#if-env staging prod}}\nB={{ B }}\n{{/if-env}}\nC=3\n';
    expect(renderFor(template, 'prod', { B: 'b' }).text).toBe('A=1\nB=b\nC=3\n');
    expect(renderFor(template, 'local', {})).toEqual({ text: 'A=1\nC=3\n', missing: [] });
  });

  it('reports every placeholder without a value, once each', () => {
    const { missing } = renderFor('{{ A }} {{ B }} {{ A }} {{ C }}', 'develop', { B: '' });
    expect(missing).toEqual([
      { environment: 'develop', name: 'A' },
      { environment: 'develop', name: 'C' },
    ]);
  });

  it('refuses a values file of the wrong shape without quoting a value', () => {
    expect(() => parseValues('{"local": {"TOKEN": 42}}', 'v.env')).toThrow(
      'v.env: local.TOKEN must be a string',
    );
    expect(() => parseValues('{"local": ["s3cret"]}', 'v.env')).toThrow(/^v\.env: "local"/);
    expect(() => parseValues('s3cret', 'v.env')).toThrow('v.env is not valid JSON');
    expect(() => parseValues('["s3cret"]', 'v.env')).not.toThrow(/s3cret/);
  });
});
