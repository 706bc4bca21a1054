import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { createApp } from '../../src/app.js';
import { sampleReports } from '../../src/reports/sample-reports.js';
import { testDeps } from './test-deps.js';

/** A port known before the service starts: an OIDC provider must know the callback URL first. */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  return port;
}

/** The whole service on a loopback port, its embedded database holding `count` sample reports. */
export async function startReportsService(count: number, env: Record<string, string> = {}) {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const deps = await testDeps({ ...env, PORT: String(port) });
  const reports = sampleReports(count);
  await deps.reports.ingest(reports.map(({ name, data }) => ({ name, data })));
  const server = createApp(deps).listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${port}`,
    deps,
    reports,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
