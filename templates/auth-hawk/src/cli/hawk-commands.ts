import type { IncomingMessage } from 'node:http';
import Hawk from 'hawk';
import { hawkUserSchema } from '../auth/hawk-user.js';
import type { Command } from './command.js';

export const addHawkUser: Command = {
  name: 'add-hawk-user',
  summary: 'add or replace a Hawk user',
  options: {
    id: { type: 'string' },
    key: { type: 'string' },
    scope: { type: 'string', default: '*' },
    description: { type: 'string', default: '' },
  },
  required: ['id', 'key'],
  async run({ values }, { deps, print }) {
    const parsed = hawkUserSchema.safeParse({
      id: values.id,
      key: values.key,
      scopes: String(values.scope)
        .split(',')
        .map((scope) => scope.trim())
        .filter(Boolean),
      description: values.description,
    });
    if (!parsed.success) {
      print(
        `cannot save the user: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
      );
      return 1;
    }
    const user = parsed.data;
    await (await deps()).hawkUsers.save(user);
    print(`Hawk user ${user.id} saved with scopes ${user.scopes.join(', ')}`);
    return 0;
  },
};

export const hawkRequest: Command = {
  name: 'hawk-request',
  summary: 'send a Hawk-signed request, print the response and check its signature',
  options: {
    url: { type: 'string' },
    id: { type: 'string' },
    key: { type: 'string' },
    method: { type: 'string', default: 'GET' },
    data: { type: 'string' },
  },
  required: ['url', 'id', 'key'],
  async run({ values }, { print }) {
    const url = String(values.url);
    const method = String(values.method).toUpperCase();
    const data = values.data === undefined ? undefined : String(values.data);
    const credentials = {
      id: String(values.id),
      key: String(values.key),
      algorithm: 'sha256' as const,
    };
    const contentType = data === undefined ? '' : 'application/json';
    const { header, artifacts } = Hawk.client.header(url, method, {
      credentials,
      payload: data ?? '',
      contentType,
    });
    const headers: Record<string, string> = { Authorization: header };
    if (data !== undefined) headers['Content-Type'] = contentType;

    const response = await fetch(url, { method, headers, body: data });
    const body = await response.text();
    print(`${response.status} ${response.statusText}`);
    print(body);
    if (response.headers.has('server-authorization')) {
      // hawk reads the lower-cased response headers, as node's http gives them.
      const signedResponse = { headers: Object.fromEntries(response.headers) } as IncomingMessage;
      try {
        Hawk.client.authenticate(signedResponse, credentials, artifacts, { payload: body });
        print('Server-Authorization: verified');
      } catch (error) {
        print(`Server-Authorization: does not verify (${(error as Error).message})`);
        return 1;
      }
    }
    return response.ok ? 0 : 1;
  },
};
