// Every kind of response the API gives, validated against src/api/openapi.yaml (not hand-written shapes).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Simulator } from './app';
import { API_PREFIX, bearer, clientToken, startSimulator } from './test-helpers';

type Spec = {
  paths: Record<
    string,
    Record<
      string,
      { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }
    >
  >;
  components: { schemas: Record<string, unknown> };
};
const spec = parse(
  readFileSync(new URL('../../src/api/openapi.yaml', import.meta.url), 'utf8'),
) as Spec;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: spec.components });

/** Validates a response against the schema the spec gives for this path, method and status. */
function expectContract(
  path: string,
  method: string,
  res: { statusCode: number; json: () => unknown; headers: Record<string, unknown> },
) {
  const op = spec.paths[path]?.[method];
  if (!op) throw new Error(`no operation ${method} ${path} in the spec`);
  const response = op.responses[String(res.statusCode)] ?? op.responses.default;
  const ref = response?.content?.['application/json']?.schema.$ref;
  if (!ref) throw new Error(`no JSON schema for ${res.statusCode} on ${method} ${path}`);
  expect(String(res.headers['content-type'])).toContain('application/json');
  const validate = ajv.getSchema(`openapi${ref}`);
  if (!validate) throw new Error(`cannot resolve ${ref}`);
  const body = res.json();
  const ok = validate(body);
  expect(validate.errors ?? [], JSON.stringify(body).slice(0, 300)).toEqual([]);
  expect(ok).toBe(true);
  return body;
}

let sim: Simulator;
let noc: Record<string, string>;
let viewer: Record<string, string>;
beforeAll(async () => {
  sim = await startSimulator({ restartDelayMs: 10 });
  noc = bearer(await clientToken(sim));
  viewer = bearer(await clientToken(sim, 'viewer-demo'));
});
afterAll(() => sim.app.close());

const get = (url: string, headers: Record<string, string> = noc) =>
  sim.app.inject({ method: 'GET', url: `${API_PREFIX}${url}`, headers });
const put = (url: string, payload: unknown, headers: Record<string, string> = noc) =>
  sim.app.inject({
    method: 'PUT',
    url: `${API_PREFIX}${url}`,
    headers,
    payload: payload as object,
  });

describe('customer sessions', () => {
  it('list (plain, filtered, sorted, all=yes, empty page) matches SmsSessionCollection', async () => {
    for (const qs of [
      '',
      '?page_size=50&sort=-sessionLastTick,customer',
      '?isnull(accountName)',
      '?isempty(serverAddr)',
      '?q=acme&all=yes',
      '?page_number=999',
    ]) {
      const res = await get(`/sess-manager${qs}`);
      expect(res.statusCode, qs).toBe(200);
      expectContract('/sess-manager', 'get', res);
    }
  });

  it('item matches SmsSession, including one with null attributes', async () => {
    const list = (await get('/sess-manager?isnull(accountName)&page_size=1')).json() as {
      data: { sessionID: string }[];
    };
    const id = list.data[0]?.sessionID;
    expect(id).toBeDefined();
    const res = await get(`/sess-manager/${id}`);
    expect(res.statusCode).toBe(200);
    expect(expectContract('/sess-manager/{id}', 'get', res)).toMatchObject({ sessionID: id });
  });

  it('errors (400 filter, 400 sort, 400 id, 401, 403, 404) match Error', async () => {
    const cases: [string, number, string, Record<string, string>?][] = [
      ['/sess-manager?nope=1', 400, '/sess-manager'],
      ['/sess-manager?sort=nope', 400, '/sess-manager'],
      ['/sess-manager', 401, '/sess-manager', {}],
      ['/sess-manager/abc', 400, '/sess-manager/{id}'],
      ['/sess-manager/1', 404, '/sess-manager/{id}'],
    ];
    for (const [url, status, path, headers] of cases) {
      const res = await get(url, headers ?? noc);
      expect(res.statusCode, url).toBe(status);
      expectContract(path, 'get', res);
    }
    const supplierOnly = bearer(
      await clientToken(sim, 'noc-demo', 'noc-demo-secret', 'sms-supplier-session-manager.view'),
    );
    const forbidden = await get('/sess-manager', supplierOnly);
    expect(forbidden.statusCode).toBe(403);
    expectContract('/sess-manager', 'get', forbidden);
  });

  it('stop action result and its errors match the spec', async () => {
    const ok = await put('/customer-connections/stop', { authName: 'acme_retail_1' });
    expect(ok.statusCode).toBe(201);
    expect(expectContract('/customer-connections/{action}', 'put', ok)).toEqual({
      authName: 'acme_retail_1',
    });
    for (const [url, body, status, code] of [
      ['/customer-connections/stop', {}, 400, 'SESSION_MANAGER_AUTH_NAME_REQUIRED'],
      [
        '/customer-connections/kill',
        { authName: 'x' },
        400,
        'SESSION_MANAGER_ACTION_NOT_SUPPORTED',
      ],
    ] as const) {
      const res = await put(url, body);
      expect(res.statusCode).toBe(status);
      expect(expectContract('/customer-connections/{action}', 'put', res)).toMatchObject({ code });
    }
    const forbidden = await put('/customer-connections/stop', { authName: 'x' }, viewer);
    expect(forbidden.statusCode).toBe(403);
    expectContract('/customer-connections/{action}', 'put', forbidden);
  });
});

describe('supplier sessions', () => {
  it('list and item match the supplier schemas', async () => {
    for (const qs of [
      '',
      '?ownerId=42&sort=gateName,-instNum&page_size=20',
      '?paging=2,5',
      '?all=yes',
    ]) {
      const res = await get(`/sess-manager-suppliers${qs}`);
      expect(res.statusCode, qs).toBe(200);
      expectContract('/sess-manager-suppliers', 'get', res);
    }
    const list = (await get('/sess-manager-suppliers?page_size=1')).json() as {
      data: { sessionID: string }[];
    };
    const res = await get(`/sess-manager-suppliers/${list.data[0]?.sessionID}`);
    expect(res.statusCode).toBe(200);
    expectContract('/sess-manager-suppliers/{id}', 'get', res);
    const missing = await get('/sess-manager-suppliers/999999999');
    expect(missing.statusCode).toBe(404);
    expect(expectContract('/sess-manager-suppliers/{id}', 'get', missing)).toMatchObject({
      code: 'SESSION_MANAGER_NOT_FOUND',
    });
  });

  it('restart action result and its errors match the spec', async () => {
    const gate = (
      (await get('/sess-manager-suppliers?page_size=1')).json() as { data: { gateCName: string }[] }
    ).data[0]?.gateCName;
    const ok = await put('/supplier-gates/restart', { cName: gate });
    expect(ok.statusCode).toBe(201);
    expect(expectContract('/supplier-gates/{action}', 'put', ok)).toEqual({ cName: gate });
    const missing = await put('/supplier-gates/restart', { cName: '' });
    expect(missing.statusCode).toBe(400);
    expect(expectContract('/supplier-gates/{action}', 'put', missing)).toMatchObject({
      code: 'SESSION_MANAGER_CNAME_REQUIRED',
    });
    const forbidden = await put('/supplier-gates/restart', { cName: 'x' }, viewer);
    expect(forbidden.statusCode).toBe(403);
    expectContract('/supplier-gates/{action}', 'put', forbidden);
  });

  it('faults (injected error, outage) still answer with the Error schema', async () => {
    await sim.app.inject({ method: 'PUT', url: '/_simulator/faults', payload: { errorRate: 1 } });
    const failing = await get('/sess-manager-suppliers');
    expect(failing.statusCode).toBe(500);
    expect(expectContract('/sess-manager-suppliers', 'get', failing)).toMatchObject({
      code: 'SESSION_MANAGER_REDIS_NOT_FOUND',
    });
    await sim.app.inject({
      method: 'PUT',
      url: '/_simulator/faults',
      payload: { errorRate: 0, outage: true },
    });
    const down = await get('/sess-manager-suppliers');
    expect(down.statusCode).toBe(503);
    expect(expectContract('/sess-manager-suppliers', 'get', down)).toMatchObject({
      code: 'SIMULATOR_OUTAGE',
    });
    await sim.app.inject({ method: 'POST', url: '/_simulator/reset' });
  });
});
