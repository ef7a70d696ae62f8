import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from './app';
import { API_PREFIX, bearer, clientToken, startSimulator, waitFor } from './test-helpers';

type List<T> = { data: T[]; meta: { pagination: { total: number } } };
type Customer = { sessionID: string; authName: string; customer: string; sessionLastTick: string };
type Supplier = { sessionID: string; gateCName: string; status: string };

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.app.close();
  sim = undefined;
});

async function setup(options: Parameters<typeof startSimulator>[0] = {}) {
  sim = await startSimulator(options);
  const headers = bearer(await clientToken(sim));
  const s = sim;
  const get = async <T>(url: string) =>
    (await s.app.inject({ url: `${API_PREFIX}${url}`, headers })).json() as T;
  const put = (url: string, payload: object) =>
    s.app.inject({ method: 'PUT', url: `${API_PREFIX}${url}`, headers, payload });
  const control = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    s.app.inject({ method, url: `/_simulator${url}`, ...(payload ? { payload } : {}) });
  return { sim: s, get, put, control, headers };
}

describe('actions', () => {
  it('stop ends every bind of the auth name; frozen clients do not rebind', async () => {
    const { get, put, control } = await setup();
    const first = (await get<List<Customer>>('/sess-manager?page_size=1')).data[0] as Customer;
    const before = await get<List<Customer>>(`/sess-manager?q=${first.authName}&all=yes`);
    const binds = before.data.filter((s) => s.authName === first.authName);
    expect(binds.length).toBeGreaterThan(0);
    const res = await put('/customer-connections/stop', { authName: first.authName });
    expect(res.statusCode).toBe(201);
    const after = await get<List<Customer>>(`/sess-manager?q=${first.authName}&all=yes`);
    expect(after.data.filter((s) => s.authName === first.authName)).toEqual([]);
    const gone = await get<{ code: string }>(`/sess-manager/${first.sessionID}`);
    expect(gone.code).toBe('SESSION_MANAGER_NOT_FOUND');
    const stats = (await control('GET', '/stats')).json();
    expect(stats.actions.stop).toEqual({ count: 1, names: [first.authName] });
    expect(stats.byOperation.manageCustomerConnections).toBe(1);
    expect(stats.byOperation.listCustomerSessions).toBeGreaterThanOrEqual(3);
  });

  it('an unknown auth name is a 201 with nothing stopped', async () => {
    const { put, get } = await setup();
    const total = (await get<List<Customer>>('/sess-manager')).meta.pagination.total;
    const res = await put('/customer-connections/stop', { authName: 'no_such_client' });
    expect(res.statusCode).toBe(201);
    expect((await get<List<Customer>>('/sess-manager')).meta.pagination.total).toBe(total);
  });

  it('a stopped client rebinds with new session IDs when a rebind delay is set', async () => {
    const { get, put } = await setup({ rebindDelayMs: 30 });
    const first = (await get<List<Customer>>('/sess-manager?page_size=1')).data[0] as Customer;
    const ids = (await get<List<Customer>>(`/sess-manager?q=${first.authName}&all=yes`)).data
      .filter((s) => s.authName === first.authName)
      .map((s) => s.sessionID);
    await put('/customer-connections/stop', { authName: first.authName });
    const back = await waitFor(async () => {
      const now = (
        await get<List<Customer>>(`/sess-manager?q=${first.authName}&all=yes`)
      ).data.filter((s) => s.authName === first.authName);
      return now.length === ids.length ? now : null;
    });
    for (const s of back) expect(ids).not.toContain(s.sessionID);
  });

  it('restart drops the gate and brings it back BOUND with new session IDs, even when frozen', async () => {
    const { get, put, control } = await setup({ restartDelayMs: 30 });
    const gate = (
      (await get<List<Supplier>>('/sess-manager-suppliers?page_size=1')).data[0] as Supplier
    ).gateCName;
    const byGate = async () =>
      (await get<List<Supplier>>('/sess-manager-suppliers?all=yes')).data.filter(
        (s) => s.gateCName === gate,
      );
    const before = await byGate();
    expect((await put('/supplier-gates/restart', { cName: gate })).statusCode).toBe(201);
    expect(await byGate()).toEqual([]);
    const after = await waitFor(async () => {
      const rows = await byGate();
      return rows.length === before.length ? rows : null;
    });
    const oldIds = before.map((s) => s.sessionID);
    for (const s of after) {
      expect(oldIds).not.toContain(s.sessionID);
      expect(s.status).toBe('BOUND');
    }
    expect(Math.min(...after.map((s) => Number(s.sessionID)))).toBeGreaterThan(
      Math.max(...oldIds.map(Number)),
    );
    expect((await control('GET', '/stats')).json().actions.restart.names).toEqual([gate]);
  });
});

describe('faults', () => {
  it('reads, changes and resets faults; validates the body', async () => {
    const { control, get } = await setup();
    expect((await control('GET', '/faults')).json()).toMatchObject({
      latencyMs: 0,
      errorRate: 0,
      outage: false,
      errorStatus: 500,
      tokenTtlSeconds: 3600,
    });
    const bad = await control('PUT', '/faults', { errorRate: 2 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'SIMULATOR_BODY_INVALID' });
    expect(bad.json().message).toContain('errorRate');
    expect((await control('PUT', '/faults', { bogus: true })).statusCode).toBe(400);

    const set = await control('PUT', '/faults', {
      errorRate: 1,
      errorCode: 'SESSION_MANAGER_NO_PLATFORM_PREFIX',
      errorStatus: 502,
    });
    expect(set.json()).toMatchObject({
      errorRate: 1,
      errorCode: 'SESSION_MANAGER_NO_PLATFORM_PREFIX',
      errorStatus: 502,
    });
    const failing = await get<{ code: string }>('/sess-manager');
    expect(failing.code).toBe('SESSION_MANAGER_NO_PLATFORM_PREFIX');

    await control('POST', '/reset');
    expect((await control('GET', '/faults')).json()).toMatchObject({ errorRate: 0, outage: false });
    expect((await get<List<Customer>>('/sess-manager')).data).toHaveLength(10);
  });

  it('applies latency to API requests', async () => {
    const { control, sim: s, headers } = await setup();
    await control('PUT', '/faults', { latencyMs: 120 });
    const started = Date.now();
    const res = await s.app.inject({ url: `${API_PREFIX}/sess-manager`, headers });
    expect(res.statusCode).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('ignorePaging answers every matching row, whatever page_size asks', async () => {
    const { control, get } = await setup({ customerSessions: 120 });
    const paged = await get<List<Customer>>('/sess-manager?page_size=10&page_number=2');
    expect(paged.data).toHaveLength(10);
    await control('PUT', '/faults', { ignorePaging: true });
    const all = await get<List<Customer>>('/sess-manager?page_size=10&page_number=2');
    expect(all.data).toHaveLength(all.meta.pagination.total);
    expect(all.data.length).toBeGreaterThan(10);
  });

  it('outage answers 503 on the API and the token endpoint', async () => {
    sim = await startSimulator({ outage: true });
    const s = sim;
    const control = (method: 'PUT', url: string, payload: object) =>
      s.app.inject({ method, url: `/_simulator${url}`, payload });
    const api = await s.app.inject({ url: `${API_PREFIX}/sess-manager` });
    expect(api.statusCode).toBe(503);
    expect(api.json()).toMatchObject({ code: 'SIMULATOR_OUTAGE' });
    const token = await s.app.inject({
      method: 'POST',
      url: '/oauth2/access-token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'grant_type=client_credentials&client_id=noc-demo&client_secret=noc-demo-secret',
    });
    expect(token.statusCode).toBe(503);
    await control('PUT', '/faults', { outage: false });
    expect((await s.app.inject({ url: `${API_PREFIX}/sess-manager` })).statusCode).toBe(401);
  });

  it('reset regenerates the same population from the seed, optionally resized', async () => {
    const { control, get, put } = await setup();
    const before = await get<List<Customer>>('/sess-manager?page_size=20&sort=customer');
    await put('/customer-connections/stop', { authName: (before.data[0] as Customer).authName });
    const reset = await control('POST', '/reset');
    expect(reset.json()).toMatchObject({ customerSessions: 600, supplierSessions: 200 });
    const after = await get<List<Customer>>('/sess-manager?page_size=20&sort=customer');
    expect(after.data.map((s) => s.sessionID)).toEqual(before.data.map((s) => s.sessionID));
    expect(
      (await control('POST', '/reset', { customerSessions: 50 })).json().customerSessions,
    ).toBe(50);
    expect((await control('POST', '/reset', { customerSessions: -1 })).statusCode).toBe(400);
  });
});

describe('adding sessions', () => {
  it('adds a customer session with the given fields (e.g. markup for XSS tests) and a hung tick', async () => {
    const { control, get } = await setup();
    const res = await control('POST', '/customer-sessions', {
      customer: '<img src=x onerror=alert(1)>',
      authName: 'xss_1',
      lastTickAgeSeconds: 600,
    });
    expect(res.statusCode).toBe(201);
    const row = res.json();
    expect(row).toMatchObject({
      customer: '<img src=x onerror=alert(1)>',
      authName: 'xss_1',
      state: 'BOUND',
    });
    const fetched = await get<Customer>(`/sess-manager/${row.sessionID}`);
    expect(fetched.customer).toBe('<img src=x onerror=alert(1)>');
    const age = Date.now() - Date.parse(`${fetched.sessionLastTick.replace(' ', 'T')}Z`);
    expect(age).toBeGreaterThanOrEqual(599_000);
    expect((await control('POST', '/customer-sessions', { blocked: 'yes' })).statusCode).toBe(400);
  });

  it('adds a supplier session', async () => {
    const { control, get } = await setup();
    const res = await control('POST', '/supplier-sessions', {
      status: 'DOWN',
      gateCName: 'test_gate',
    });
    expect(res.statusCode).toBe(201);
    const fetched = await get<Supplier>(`/sess-manager-suppliers/${res.json().sessionID}`);
    expect(fetched).toMatchObject({ status: 'DOWN', gateCName: 'test_gate' });
  });
});

describe('live dynamics', () => {
  it('binds come and go with new, growing IDs while the population stays about the same size', async () => {
    const { sim: s } = await setup({ live: true, restartDelayMs: 10 });
    const size = s.store.customers.size;
    const version = s.store.customers.version;
    const maxId = Math.max(...s.store.customers.items.map((r) => r.id));
    for (let i = 0; i < 20; i++) s.store.step();
    expect(s.store.customers.version).toBeGreaterThan(version);
    expect(s.store.customers.size).toBe(size);
    expect(Math.max(...s.store.customers.items.map((r) => r.id))).toBeGreaterThan(maxId);
  });
});
