import {
  createNonceCache,
  memoryNonceCache,
  NONCE_TTL_SECONDS,
} from '../../src/auth/hawk-nonces.js';

describe('the in-memory nonce cache', () => {
  it('accepts a nonce once', async () => {
    const nonces = memoryNonceCache();
    await expect(nonces.firstSighting('alice:n1:1000')).resolves.toBe(true);
    await expect(nonces.firstSighting('alice:n1:1000')).resolves.toBe(false);
    await expect(nonces.firstSighting('alice:n2:1000')).resolves.toBe(true);
  });

  it('forgets a nonce once it has expired', async () => {
    let now = 0;
    const nonces = memoryNonceCache(10, () => now);
    await nonces.firstSighting('n');
    now = NONCE_TTL_SECONDS * 1000 + 1;
    await expect(nonces.firstSighting('n')).resolves.toBe(true);
  });

  it('refuses, rather than forgets, when full of live nonces', async () => {
    let now = 0;
    const nonces = memoryNonceCache(2, () => now);
    await nonces.firstSighting('a');
    await nonces.firstSighting('b');
    await expect(nonces.firstSighting('c')).rejects.toThrow('the in-memory nonce cache is full');
    now = NONCE_TTL_SECONDS * 1000 + 1;
    await expect(nonces.firstSighting('c')).resolves.toBe(true);
  });
});

describe('the nonce cache of a service', () => {
  const logger = { info: () => undefined } as unknown as Parameters<
    typeof createNonceCache
  >[0]['logger'];

  it('is refused without Redis when several web workers would each keep their own', () => {
    const config = {
      APP_RUN_MODE: 'WEB',
      APP_WORKER_COUNT: 2,
      NODE_ENV: 'development',
      HAWK_SINGLE_INSTANCE: true,
    } as const;
    expect(() => createNonceCache({ config, logger, redis: undefined })).toThrow(
      'REDIS_URL: missing; with APP_WORKER_COUNT=2 web workers',
    );
  });

  const oneWorker = { APP_RUN_MODE: 'WEB', APP_WORKER_COUNT: 1 } as const;

  it('is kept in process for one web worker in development', async () => {
    const config = { ...oneWorker, NODE_ENV: 'development', HAWK_SINGLE_INSTANCE: false } as const;
    const nonces = createNonceCache({ config, logger, redis: undefined });
    await expect(nonces.firstSighting('n')).resolves.toBe(true);
    await expect(nonces.firstSighting('n')).resolves.toBe(false);
  });

  it('is refused without Redis in production, where pods behind one address each keep their own', () => {
    const config = { ...oneWorker, NODE_ENV: 'production', HAWK_SINGLE_INSTANCE: false } as const;
    expect(() => createNonceCache({ config, logger, redis: undefined })).toThrow(
      'REDIS_URL: missing; in production Hawk nonces must be shared through Redis',
    );
  });

  it('is kept in process in production when HAWK_SINGLE_INSTANCE says one instance serves all', async () => {
    const config = { ...oneWorker, NODE_ENV: 'production', HAWK_SINGLE_INSTANCE: true } as const;
    const nonces = createNonceCache({ config, logger, redis: undefined });
    await expect(nonces.firstSighting('n')).resolves.toBe(true);
  });
});
