import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expectOneLineFailure } from '../helpers/failed-start.js';
import { runMain } from '../helpers/main-process.js';

describe('a start that cannot listen', () => {
  it('ends in one line naming the port and the setting, exit 1', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const { port } = taken.address() as AddressInfo;
    try {
      const result = await runMain({ PORT: String(port), HOST: '127.0.0.1' });
      expectOneLineFailure(
        result,
        new RegExp(
          `^cannot listen on 127\\.0\\.0\\.1:${port}: the port is in use; set PORT \\(or HOST\\)`,
        ),
      );
    } finally {
      taken.close();
    }
  }, 30_000);
});
