import fc from 'fast-check';
import type { FuzzTarget } from './fuzz-target.js';

export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];

/** Segments that trip decoders and routers: bad escapes, NUL, dot segments, prototype keys. */
const awkward = ['%', '%zz', '%E0%A4%A', '%00', '..', '%2e%2e%2f', '__proto__', 'constructor'];

const text = fc.string({ unit: 'binary', maxLength: 40 });
const segment = fc.oneof(text.map(encodeURIComponent), fc.constantFrom(...awkward));

/** Query strings with arbitrary keys, bracketed ones, and the keys the routes read. */
const queryString = (keys: readonly string[]) =>
  fc
    .array(fc.tuple(fc.oneof(segment, fc.constantFrom('a[b]', 'a[]', ...keys)), segment), {
      maxLength: 6,
    })
    .map((pairs) => (pairs.length ? `?${pairs.map((pair) => pair.join('=')).join('&')}` : ''));

// Headers node's client can send: a token name, visible ASCII in the value. The ones
// that frame the message (length, encoding of the transfer, host) stay node's.
const framing = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'expect']);
const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,24}$/).filter((name) => !framing.has(name));
const headerValue = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,80}$/);
/** Cookie headers: `name=value` pairs of the names the routes read and others, awkward values among them. */
const cookieHeader = (names: readonly string[]) =>
  fc.oneof(
    headerValue,
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom('', ...names), headerName), segment), {
        minLength: 1,
        maxLength: 4,
      })
      .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('; ')),
  );

const knownHeaders = (target: FuzzTarget) =>
  fc.record(
    {
      'content-type': fc.oneof(
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-16',
          'application/json; charset=nonsense',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
        ),
        headerValue,
      ),
      'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown'),
      authorization: fc
        .tuple(fc.constantFrom('Hawk ', 'Bearer ', 'Basic ', ''), headerValue)
        .map(([scheme, value]) => scheme + value),
      'x-api-key': headerValue,
      cookie: cookieHeader(target.cookies ?? []),
      accept: headerValue,
    },
    { requiredKeys: [] },
  );

/** Nested deeper than any handler walks on purpose. */
const deep = fc
  .integer({ min: 100, max: 5000 })
  .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);

function bodies(target: FuzzTarget) {
  return fc.oneof(
    fc.constant(undefined),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    ...(target.bodies ? [target.bodies.map((value) => JSON.stringify(value))] : []),
    text,
    deep,
    fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
  );
}

/** A path of `route` with each `:name` filled by an arbitrary segment. */
function filled(route: string) {
  const parts = route.split('/');
  return fc
    .tuple(...parts.map((part) => (part.startsWith(':') ? segment : fc.constant(part))))
    .map((segments) => segments.join('/'));
}

/**
 * Requests to the routes of `target`: mostly the route's own method, any
 * other now and then; arbitrary and well-known headers, with the target's
 * credentials half the time; bodies of every kind, valid-looking ones among
 * them.
 */
export function hostileRequests(target: FuzzTarget): fc.Arbitrary<HostileRequest> {
  return fc
    .constantFrom(...target.routes)
    .chain((route) => {
      const [method = 'GET', path = '/'] = route.split(' ');
      return fc.record({
        method: fc.oneof(
          { arbitrary: fc.constant(method), weight: 4 },
          fc.constantFrom(...methods),
        ),
        path: fc
          .tuple(filled(path), queryString(target.queryKeys ?? []))
          .map(([base, query]) => base + query),
        headers: fc
          .tuple(
            fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
            knownHeaders(target),
            fc.boolean(),
          )
          .map(([random, known, signed]) => ({
            ...random,
            ...known,
            ...(signed ? target.credentials : {}),
          })),
        body: bodies(target),
      });
    })
    .map(({ body, ...request }) => ({
      ...request,
      ...(body === undefined ? {} : { body: Buffer.isBuffer(body) ? body : Buffer.from(body) }),
    }));
}
