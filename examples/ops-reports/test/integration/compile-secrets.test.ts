import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
});
