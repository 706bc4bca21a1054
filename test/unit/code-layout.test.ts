import * as prettier from 'prettier';
import {
  chainProperty,
  imports,
  list,
  literal,
  markdownTable,
  objectProperty,
  quote,
  yamlString,
} from '../../generators/lib/code-layout.js';

// The generated project's settings (templates/server/_prettierrc.json).
const options = { singleQuote: true, printWidth: 100 };
const formatted = (code: string, parser = 'typescript') =>
  prettier.format(code, { ...options, parser });

/** What Prettier would leave of `code`: the layout helpers must produce exactly that. */
async function expectPrettierClean(code: string, parser?: string) {
  expect(code).toBe(await formatted(code, parser));
}

describe('the code layout helpers', () => {
  const names = (count: number) => Array.from({ length: count }, (_, n) => `someLongName${n}`);

  it('put a list on one line when it fits, and one item a line when not', async () => {
    for (const count of [0, 1, 5, 8, 20])
      await expectPrettierClean(
        `${list('export const all: readonly X[] = [', names(count), '];')}\n`,
      );
  });

  it('quote strings as Prettier does, in the quote the text holds fewer of', async () => {
    for (const text of ['plain', "the bucket's region", 'say "hi"', `it's "both" 'ways'`, 'a\\b'])
      await expectPrettierClean(`const text = ${quote(text)};\n`);
  });

  it('merge and sort the imports of one module', async () => {
    const code = imports('src/plugins.ts', [
      { name: 'zeta', from: 'src/reports/reports.ts' },
      { name: 'alpha', from: 'src/reports/reports.ts' },
      { name: 'Reports', from: 'src/reports/reports.ts', type: true },
      { name: 'alpha', from: 'src/reports/reports.ts' },
      { name: 'health', from: 'src/health/health.routes.ts' },
      ...names(8).map((name) => ({ name, from: 'src/many.ts' as const })),
    ]);
    expect(code).toContain("import { alpha, type Reports, zeta } from './reports/reports.js';\n");
    await expectPrettierClean(`${code}\nexport const used = [alpha, zeta, health];\n`);
  });

  it('lay out member chains and objects as Prettier does', async () => {
    const lines = [
      chainProperty('  ', 'SHORT', "z.string().optional().describe('short')"),
      chainProperty(
        '  ',
        'PORT',
        "z.coerce.number().int().min(0).max(65535).default(3000).describe('a TCP port from 0 to 65535 (0 picks a free one)')",
      ),
      chainProperty(
        '  ',
        'URL',
        "z.url({ protocol: /^postgres(ql)?$/ }).optional().describe('the public URL of this service; the issuer sends people back to <BASE_URL>/callback')",
      ),
      objectProperty('  ', 'small', { status: '404', message: "'Not found'" }),
      objectProperty('  ', 'service_unavailable', {
        status: '503',
        message: "'A service this one depends on cannot be reached; try again later'",
      }),
    ];
    await expectPrettierClean(`const env = {\n${lines.join('\n')}\n};\n`);
  });

  it('write literals Prettier keeps', async () => {
    const value = [{ group: 'Server', run: ['npm', 'run', 'dev'] }, { label: 'x'.repeat(120) }];
    await expectPrettierClean(`export const actions = ${literal(value)};\n`);
    const rows = [
      { id: 1, name: 'Austria' },
      { id: 2, name: 'Belgium' },
    ];
    await expectPrettierClean(`export const rows = ${literal(rows, '', { inline: true })};\n`);
  });

  it('align Markdown tables and quote YAML as Prettier does', async () => {
    await expectPrettierClean(
      `${markdownTable(
        ['Variable', 'Expects'],
        [
          ['`PORT`', 'a port'],
          ['`A`', 'b'],
        ],
      )}\n`,
      'markdown',
    );
    const yaml = ['plain', "it's", 'line\nbreak'].map((text) => `- ${yamlString(text)}`).join('\n');
    await expectPrettierClean(`${yaml}\n`, 'yaml');
  });
});
