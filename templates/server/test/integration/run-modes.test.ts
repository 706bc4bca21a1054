import { runMain, startMain } from '../helpers/main-process.js';

describe('APP_RUN_MODE', () => {
  it('refuses an unknown mode with exit code 2, listing the valid ones', async () => {
    const { code, output } = await runMain({ APP_RUN_MODE: 'dance' });
    expect(code).toBe(2);
    expect(output).toMatch(/unknown APP_RUN_MODE "dance"; valid: WEB(, [A-Z]+)*/);
  });

  it('runs WEB with APP_WORKER_COUNT cluster workers on one port, and drains them all', async () => {
    const web = startMain({ APP_RUN_MODE: 'web', APP_WORKER_COUNT: '2', PORT: '0' });
    await web.waitFor('"msg":"started web workers"');
    await web.waitFor('"msg":"listening"', 2);
    const pids = web.output().match(/"pid":\d+(?=.*"msg":"listening")/g);
    expect(new Set(pids).size).toBe(2);
    const urls = new Set(web.output().match(/http:\/\/127\.0\.0\.1:\d+/g));
    expect(urls.size).toBe(1);
    const [url] = [...urls];
    expect((await fetch(`${url}/healthcheck`)).status).toBe(200);

    web.kill('SIGTERM');
    expect(await web.exited).toBe(0);
    expect(web.output()).toContain('"msg":"all web workers stopped"');
    expect(web.output().match(/"msg":"stopped"/g)).toHaveLength(2);
    // Three processes each load the whole service: over a minute on a busy two-core machine.
  }, 120_000);
});
