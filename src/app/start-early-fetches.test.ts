import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';

// openapi-fetch keeps the fetch it finds when the client is created: stub before importing.
// Node's Request rejects the SPA's relative URLs, which a browser resolves against the page.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<typeof fetch>();
  globalThis.fetch = mock;
  const NativeRequest = globalThis.Request;
  globalThis.Request = class extends NativeRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, 'http://localhost').href : input, init);
    }
  };
  return mock;
});

const { startEarlyFetches } = await import('./start-early-fetches');
const { createQueryClient } = await import('./query-client');
const { customerSessionKeys, supplierSessionKeys, authKeys } = await import('../api/query-keys');

function urlOf(input: Parameters<typeof fetch>[0]): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(url, 'http://localhost').pathname + new URL(url, 'http://localhost').search;
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const me = {
  user: { name: 'noc', id: 'noc' },
  privileges: ['sms-session-manager.view'],
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  csrfToken: 't',
  authMode: 'authorization_code',
};

let client: QueryClient;
beforeEach(() => {
  client = createQueryClient();
  fetchMock.mockReset();
});
afterEach(() => client.clear());

async function settle() {
  await vi.waitFor(() => expect(client.isFetching()).toBe(0));
}

describe('startEarlyFetches', () => {
  it('asks for /auth/me and the landing grid page at once, under the keys the page reads', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    fetchMock.mockImplementation(async (input) => {
      await answered;
      return urlOf(input) === '/auth/me'
        ? json(200, me)
        : json(200, { data: [{ sessionID: 's1' }], meta: { pagination: { total: 1 } } });
    });
    let settled = false;
    void startEarlyFetches(client, {
      pathname: '/customer-sessions',
      search: '?q=acme&sort=-customer&page=3&size=50&live=0&bogus=1',
    }).then(() => (settled = true));
    // Both requests go out before either answers; the returned promise waits for both answers.
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(settled).toBe(false);
    answer();
    await vi.waitFor(() => expect(settled).toBe(true));
    await settle();
    const urls = fetchMock.mock.calls.map(([input]) => urlOf(input));
    expect(urls[0]).toBe('/auth/me');
    expect(urls[1]).toMatch(/^\/api\/sess-manager\?/);
    expect(urls[1]).toContain('page_number=3');
    expect(urls[1]).toContain('page_size=50');
    expect(urls[1]).toContain('q=acme');
    const key = customerSessionKeys.list({
      filters: [],
      q: 'acme',
      sort: [{ id: 'customer', desc: true }],
      page: 3,
      size: 50,
    });
    expect(client.getQueryData(key)).toEqual({ rows: [{ sessionID: 's1' }], total: 1 });
    expect(client.getQueryData(authKeys.me())).toMatchObject({ csrfToken: 't' });
  });

  it('fetches the default customer view for /, the supplier grid on its page, nothing more elsewhere', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json(200, { data: [] })));
    void startEarlyFetches(client, { pathname: '/', search: '?page=9' });
    void startEarlyFetches(client, { pathname: '/supplier-sessions', search: '' });
    await settle();
    expect(
      client.getQueryState(
        customerSessionKeys.list({ filters: [], q: '', sort: [], page: 1, size: 25 }),
      ),
    ).toBeDefined();
    expect(
      client.getQueryCache().findAll({ queryKey: supplierSessionKeys.lists() }).length,
    ).toBeGreaterThan(0);
    fetchMock.mockClear();
    startEarlyFetches(createQueryClient(), { pathname: '/breakdowns', search: '' });
    expect(fetchMock.mock.calls.map(([input]) => urlOf(input))).toEqual(['/auth/me']);
  });

  it('leaves a 401 in the cache as a sign-out, without throwing', async () => {
    fetchMock.mockImplementation(() =>
      Promise.resolve(json(401, { code: 'UNAUTHENTICATED', message: 'Sign in' })),
    );
    const { useSignedOut } = await import('../api/session-state');
    const { renderHook } = await import('@testing-library/react');
    const { result } = renderHook(() => useSignedOut());
    void startEarlyFetches(client, { pathname: '/customer-sessions', search: '' });
    await settle();
    expect(result.current).toBe(true);
    expect(client.getQueryState(authKeys.me())?.status).toBe('error');
  });
});
