import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import Hawk from 'hawk';

export interface SignedRequest {
  id: string;
  key: string;
  method?: string;
  /** JSON body to send. */
  data?: string;
  /** Sign this body instead of the one sent, to tamper with it. */
  signedData?: string;
  /** Sign this URL instead of the one requested, as a client behind a proxy does. */
  signedUrl?: string;
  /** Seconds since the epoch the client claims. */
  timestamp?: number;
  headers?: Record<string, string>;
}

/** Serves the app on a loopback port and sends it requests signed with Hawk, as a real client would. */
export async function serveWithHawkClient(app: Express) {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const sign = (path: string, request: SignedRequest) => {
    const credentials = { id: request.id, key: request.key, algorithm: 'sha256' as const };
    const payload = request.signedData ?? request.data;
    return Hawk.client.header(request.signedUrl ?? `${base}${path}`, request.method ?? 'GET', {
      credentials,
      timestamp: request.timestamp,
      ...(payload === undefined ? {} : { payload, contentType: 'application/json' }),
    });
  };

  const send = (path: string, authorization: string | undefined, request: Partial<SignedRequest>) =>
    fetch(`${base}${path}`, {
      method: request.method ?? 'GET',
      headers: {
        ...(authorization ? { Authorization: authorization } : {}),
        ...(request.data === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...request.headers,
      },
      body: request.data,
    });

  return {
    sign,
    send,
    /** Signs and sends; returns the response and what verifying its signature needs. */
    async signed(path: string, request: SignedRequest) {
      const { header, artifacts } = sign(path, request);
      return { response: await send(path, header, request), artifacts };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
