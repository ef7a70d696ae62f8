// Hostile or sloppy input never yields a 5xx; every error is JSON {code, message} naming the problem.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from './app';
import { API_PREFIX, bearer, clientToken, startSimulator } from './test-helpers';

let sim: Simulator;
let auth: Record<string, string>;
beforeAll(async () => {
  sim = await startSimulator();
  auth = bearer(await clientToken(sim));
});
afterAll(() => sim.app.close());

function expectError(
  res: { statusCode: number; json: () => unknown; headers: Record<string, unknown> },
  status: number,
  code?: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/json');
  const body = res.json() as { code: string; message: string };
  expect(body.code).toEqual(code ?? expect.any(String));
  expect(body.message).toEqual(expect.any(String));
  expect(body.message.length).toBeGreaterThan(5);
  return body;
}

describe('query strings', () => {
  it.each([
    ['?q=%E0%A4%A', 400, 'SESSION_MANAGER_QUERY_INVALID'],
    ['?%ZZ=1', 400, 'SESSION_MANAGER_QUERY_INVALID'],
    ['?unknown=1', 400, 'SESSION_MANAGER_FILTER_INVALID'],
    ['?contains(customer)=x', 400, 'SESSION_MANAGER_FILTER_INVALID'],
    ['?regex(accountName)=x', 400, 'SESSION_MANAGER_FILTER_INVALID'],
    ['?page_size=99999999999999', 400, 'SESSION_MANAGER_PAGING_INVALID'],
    ['?page_number=-3', 400, 'SESSION_MANAGER_PAGING_INVALID'],
    ['?sort=-', 400, 'SESSION_MANAGER_SORT_INVALID'],
    [`?q=${'x'.repeat(1200)}`, 400, 'SESSION_MANAGER_QUERY_INVALID'],
    [
      `?${Array.from({ length: 120 }, (_, i) => `q=${i}`).join('&')}`,
      400,
      'SESSION_MANAGER_QUERY_INVALID',
    ],
    [`?q=${'y'.repeat(9000)}`, 414, 'URI_TOO_LONG'],
  ])('GET /sess-manager%s → %i', async (qs, status, code) => {
    const res = await sim.app.inject({
      url: `${API_PREFIX}/sess-manager${qs.slice(0, 9100)}`,
      headers: auth,
    });
    const body = expectError(res, status, code);
    if (code === 'SESSION_MANAGER_FILTER_INVALID')
      expect(body.message).toMatch(/"(unknown|customer|regex)"/);
  });

  it('accepts known parameters, empty segments and huge page sizes (capped)', async () => {
    const res = await sim.app.inject({
      url: `${API_PREFIX}/sess-manager?&&page_size=100000&q=&sort=customer`,
      headers: auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().meta.pagination.per_page).toBe(1000);
  });
});

// Attribute names that are members of Object.prototype once reached the filter table through a
// plain-object lookup and answered 500; they are unknown attributes like any other.
const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];

describe('filter attributes named like Object.prototype members', () => {
  const lists = ['/sess-manager', '/sess-manager-suppliers'];
  const cases = lists.flatMap((list) => [
    ...PROTOTYPE_NAMES.map((name) => [list, `?${encodeURIComponent(name)}=1`, name] as const),
    ...PROTOTYPE_NAMES.map((name) => [list, `?eq(${name})=x`, name] as const),
    [list, '?in(constructor)=a,b', 'constructor'] as const,
    [list, '?isnull(__proto__)', '__proto__'] as const,
    [list, '?between(toString)=a,b', 'toString'] as const,
    [list, '?q=a&startswith(hasOwnProperty)=x', 'hasOwnProperty'] as const,
  ]);

  it.each(cases)('GET %s%s → 400 naming %s', async (list, qs, name) => {
    const res = await sim.app.inject({ url: `${API_PREFIX}${list}${qs}`, headers: auth });
    const body = expectError(res, 400, 'SESSION_MANAGER_FILTER_INVALID');
    expect(body.message).toContain(`"${name}"`);
  });

  it.each(lists.flatMap((list) => PROTOTYPE_NAMES.map((name) => [list, name] as const)))(
    'GET %s?sort=-%s → 400 SESSION_MANAGER_SORT_INVALID',
    async (list, name) => {
      const res = await sim.app.inject({
        url: `${API_PREFIX}${list}?sort=-${encodeURIComponent(name)}`,
        headers: auth,
      });
      expectError(res, 400, 'SESSION_MANAGER_SORT_INVALID');
    },
  );
});

describe('paths', () => {
  it.each([
    ['/sess-manager/abc', 400, 'SESSION_MANAGER_ID_INVALID'],
    ['/sess-manager/1.5', 400, 'SESSION_MANAGER_ID_INVALID'],
    ['/sess-manager/-1', 400, 'SESSION_MANAGER_ID_INVALID'],
    ['/sess-manager/0', 400, 'SESSION_MANAGER_ID_INVALID'],
    ['/sess-manager/99999999999999999999999', 404, 'SESSION_MANAGER_NOT_FOUND'],
    ['/sess-manager/1%2F2', 400, 'SESSION_MANAGER_ID_INVALID'],
    ['/sess-manager/%E0%A4%A', 400, undefined],
    [`/sess-manager/${'9'.repeat(900)}`, 404, 'SESSION_MANAGER_NOT_FOUND'],
    [`/sess-manager/${'9'.repeat(2000)}`, 400, 'BAD_URL'],
    ['/sess-manager/1/extra', 404, 'NOT_FOUND'],
    ['/nope', 404, 'NOT_FOUND'],
    ['/%2e%2e/%2e%2e/etc/passwd', 404, 'NOT_FOUND'],
  ])('GET %s → %i', async (path, status, code) => {
    // (long paths are cut in the test name by vitest)
    const res = await sim.app.inject({ url: `${API_PREFIX}${path}`, headers: auth });
    expectError(res, status, code);
  });

  it('unknown methods and routes outside the API keep the error shape', async () => {
    expectError(
      await sim.app.inject({ method: 'DELETE', url: `${API_PREFIX}/sess-manager`, headers: auth }),
      404,
      'NOT_FOUND',
    );
    expectError(await sim.app.inject({ url: '/_simulator/nope' }), 404, 'NOT_FOUND');
  });
});

describe('action bodies', () => {
  const put = (payload: string | undefined, contentType?: string, action = 'stop') =>
    sim.app.inject({
      method: 'PUT',
      url: `${API_PREFIX}/customer-connections/${action}`,
      headers: { ...auth, ...(contentType ? { 'content-type': contentType } : {}) },
      ...(payload !== undefined ? { payload } : {}),
    });

  it.each([
    ['{bad json', 'application/json', 400, 'SESSION_MANAGER_BODY_INVALID'],
    ['', 'application/json', 400, 'SESSION_MANAGER_BODY_INVALID'],
    ['[1,2]', 'application/json', 400, 'SESSION_MANAGER_BODY_INVALID'],
    ['"acme"', 'application/json', 400, 'SESSION_MANAGER_BODY_INVALID'],
    ['{"authName": 5}', 'application/json', 400, 'SESSION_MANAGER_BODY_INVALID'],
    ['{"authName": "   "}', 'application/json', 400, 'SESSION_MANAGER_AUTH_NAME_REQUIRED'],
    ['{"authName": null}', 'application/json', 400, 'SESSION_MANAGER_AUTH_NAME_REQUIRED'],
    [`{"authName": "${'a'.repeat(300)}"}`, 'application/json', 400, 'SESSION_MANAGER_BODY_INVALID'],
    ['authName=acme', 'application/x-www-form-urlencoded', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['authName', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [`{"authName": "${'a'.repeat(20_000)}"}`, 'application/json', 413, 'PAYLOAD_TOO_LARGE'],
    [
      '{"__proto__": {"x": 1}, "authName": "a"}',
      'application/json',
      400,
      'SESSION_MANAGER_BODY_INVALID',
    ],
  ])('PUT stop with %s (%s) → %i', async (payload, type, status, code) => {
    expectError(await put(payload, type), status, code);
  });

  it('no body at all is a missing auth name', async () => {
    expectError(await put(undefined), 400, 'SESSION_MANAGER_AUTH_NAME_REQUIRED');
  });

  it('checks the action before the body', async () => {
    expectError(
      await put('{}', 'application/json', 'STOP'),
      400,
      'SESSION_MANAGER_ACTION_NOT_SUPPORTED',
    );
  });

  it('the token endpoint answers RFC 6749 errors for malformed input', async () => {
    for (const [payload, type] of [
      ['grant_type=client_credentials&grant_type=x', 'application/x-www-form-urlencoded'],
      ['%%%', 'application/x-www-form-urlencoded'],
      ['{"a":1}', 'application/json'],
      ['x', 'text/plain'],
    ] as const) {
      const res = await sim.app.inject({
        method: 'POST',
        url: '/oauth2/access-token',
        headers: { 'content-type': type },
        payload,
      });
      expect(res.statusCode, payload).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, payload).toBeLessThan(500);
      expect(res.json().error, payload).toEqual(expect.any(String));
    }
  });
});

describe('over real HTTP', () => {
  it('path tricks and odd hosts never yield a 5xx', async () => {
    const { request } = await import('node:http');
    await sim.app.listen({ host: '127.0.0.1', port: 0 });
    const address = sim.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const send = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path, headers: { ...auth, ...headers } },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end();
      });
    for (const path of [
      `${API_PREFIX}/../v1/sess-manager`,
      `${API_PREFIX}/sess-manager%2F1`,
      `${API_PREFIX}/sess-manager/..%2F..%2Fetc`,
      `/${API_PREFIX}/sess-manager`,
      `${API_PREFIX}/sess-manager/%00`,
      `${API_PREFIX}/sess-manager?q=%00%FF`,
    ]) {
      const res = await send(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(JSON.parse(res.body), path).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
      });
    }
    const odd = await send(`${API_PREFIX}/sess-manager?page_size=1`, { host: 'evil"<host>' });
    expect(odd.status).toBe(200);
    expect(JSON.parse(odd.body).meta.pagination.links.first).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\//,
    );
  });
});
