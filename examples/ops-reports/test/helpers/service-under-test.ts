import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.js';
import { testDeps } from './test-deps.js';

export interface ServiceUnderTest {
  url: string;
  stop: () => Promise<void>;
}

/**
 * The service a tier calls: the one at `$variable` (a deployed service) when
 * it is set, else this project's app started in-process on a free port with
 * the test environment, so the tier runs anywhere.
 */
export async function serviceUnderTest(
  variable: 'TARGET_URL' | 'SMOKE_URL',
): Promise<ServiceUnderTest> {
  const given = process.env[variable];
  if (given) return { url: given.replace(/\/+$/, ''), stop: () => Promise.resolve() };
  const server = createApp(await testDeps()).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((closed) => server.close(() => closed())),
  };
}
