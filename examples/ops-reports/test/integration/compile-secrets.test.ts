import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = process.cwd();
const valuesFile = 'secrets/secret--template-values.env';

/** A copy of this project's secrets folder, to compile in without touching the project's .env files. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
  cpSync(join(project, 'secrets'), join(dir, 'secrets'), { recursive: true });
  return dir;
}

function compile(dir: string, ...args: string[]) {
  const tsx = join(project, 'node_modules', '.bin', 'tsx');
  const script = join(project, 'scripts', 'secrets', 'compile-secrets.ts');
  const result = spawnSync(tsx, [script, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, output: result.stdout + result.stderr };
}

const values = () =>
  JSON.parse(readFileSync(join(project, valuesFile), 'utf8')) as Record<
    string,
    Record<string, string>
  >;

describe('npm run secrets', () => {
  it('compiles every environment into .env.<environment>, readable by its owner only', () => {
    const dir = workspace();
    const environments = Object.keys(values());
    expect(environments).toEqual(['local', 'docker', 'develop', 'staging', 'prod']);
    const { code, output } = compile(dir, '--all');
    expect(code).toBe(0);
    for (const environment of environments) {
      const file = join(dir, `.env.${environment}`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain('{{');
      expect(text).toContain(`NODE_ENV=${values()[environment]?.NODE_ENV}`);
    }
    expect(output).not.toContain('NODE_ENV');
  });

  it('names every missing value with its environment and writes nothing', () => {
    const dir = workspace();
    const broken = values();
    delete broken.staging?.NODE_ENV;
    delete broken.prod?.LOG_LEVEL;
    writeFileSync(join(dir, valuesFile), JSON.stringify(broken));
    const { code, output } = compile(dir, '--all');
    expect(code).toBe(1);
    expect(output).toContain('  staging: NODE_ENV\n  prod: LOG_LEVEL');
    expect(output).toContain('nothing was written');
    expect(existsSync(join(dir, '.env.local'))).toBe(false);
  });

  it('never prints a value, even a secret one of a bad file', () => {
    const dir = workspace();
    writeFileSync(join(dir, valuesFile), '{"local": {"API_TOKEN": 12345678}}');
    const { code, output } = compile(dir, 'local');
    expect(code).toBe(1);
    expect(output).not.toContain('12345678');
  });

  it('lists the valid environments for an unknown one', () => {
    const { code, output } = compile(workspace(), 'qa');
    expect(code).toBe(2);
    expect(output).toContain(
      'unknown environment qa; valid: local, docker, develop, staging, prod',
    );
  });

  // Values a team may really hold (a key with a #, a PEM block) and ones that try to break out.
  const hostile: Record<string, string> = {
    HASH: 'abc #def',
    INJECTED: 'k\nNODE_ENV=production',
    PEM: '-----BEGIN KEY-----\nMIIB\n-----END KEY-----',
    SPACED: '  both ends  ',
    QUOTES: `it's "quoted"`,
    BACKSLASH: 'C:\\new\\table',
    DOLLAR: '$HOME and ${PATH}',
    EMPTY: '',
  };

  /** A workspace whose template holds only `names`, then NODE_ENV=test. */
  function workspaceWith(values: Record<string, string>): string {
    const dir = workspace();
    const lines = Object.keys(values).map((name) => `${name}={{ ${name} }}`);
    writeFileSync(
      join(dir, 'secrets/secret--template.env'),
      `${lines.join('\n')}\nNODE_ENV=test\n`,
    );
    writeFileSync(join(dir, valuesFile), JSON.stringify({ local: values }));
    return dir;
  }

  it('writes each value so that node --env-file reads back exactly it, and nothing more', () => {
    const dir = workspaceWith(hostile);
    expect(compile(dir, 'local').code).toBe(0);
    const read = spawnSync(
      process.execPath,
      ['--env-file=.env.local', '-e', 'console.log(JSON.stringify(process.env))'],
      { cwd: dir, encoding: 'utf8', env: {} },
    );
    const env = JSON.parse(read.stdout) as Record<string, string>;
    for (const [name, value] of Object.entries(hostile))
      expect({ [name]: env[name] }).toEqual({ [name]: value });
    expect(env.NODE_ENV).toBe('test');
  });

  it('refuses a value no .env line can hold, naming it but never quoting it', () => {
    const dir = workspaceWith({ TOKEN: "it's `both`" });
    const { code, output } = compile(dir, 'local');
    expect(code).toBe(1);
    expect(output).toContain("local: TOKEN (holds both ' and `, which no .env line can quote)");
    expect(output).not.toContain('both`');
    expect(existsSync(join(dir, '.env.local'))).toBe(false);
  });

  it('writes through no file or link planted where it writes first', () => {
    const dir = workspace();
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'target');
    writeFileSync(outside, 'untouched');
    symlinkSync(outside, join(dir, '.env.local.tmp'));
    expect(compile(dir, 'local').code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('untouched');
    expect(readFileSync(join(dir, '.env.local'), 'utf8')).toContain('NODE_ENV=');
    expect(readdirSync(dir).filter((file) => file.endsWith('.tmp'))).toEqual(['.env.local.tmp']);
  });
});
