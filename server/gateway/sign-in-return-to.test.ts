// The address a sign-in ends on, end to end: /auth/login?returnTo=… → the simulator's sign-in
// page (user noc) → /auth/callback, whose Location is what the browser follows. Only same-origin
// paths may come out, however the value is encoded. Each value is written as it appears in the URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../simulator/app';
import { FORM, startSimulator } from '../simulator/test-helpers';
import { startGateway, testConfig, type TestGateway } from './testing/gateway-harness';

const ORIGIN = 'http://127.0.0.1:8080';
const OFF = '/';

const VARIANTS: [raw: string, location: string][] = [
  // the reported ones: dot segments that resolve to "//evil.com"
  ['%2F.%2F%2Fevil.com', OFF],
  ['/%2e%2e//evil.com', OFF],
  ['%2F%2E%2E%2F%2Fevil.com', OFF],
  ['%2F%252e%252e%2F%2Fevil.com', OFF],
  ['%2F%252E%2F%2Fevil.com', OFF],
  ['%2Fa%2F..%2F%2Fevil.com', OFF],
  ['%2F.%2F.%2F%2Fevil.com', OFF],
  ['%2F.%2F%2F%2Fevil.com', OFF],
  ['%2F..%2F..%2Fevil.com', '/evil.com'],
  // percent-encoded slashes and backslashes that stay encoded: a path here
  ['%2F.%252F%252Fevil.com', '/.%2F%2Fevil.com'],
  ['%2F%252F%252Fevil.com', '/%2F%2Fevil.com'],
  ['%2F%255C%255Cevil.com', '/%5C%5Cevil.com'],
  // slashes and backslashes that would start a host
  ['%2F%2Fevil.com', OFF],
  ['//evil.com', OFF],
  ['%2F%2F%2Fevil.com', OFF],
  ['%5C%5Cevil.com', OFF],
  ['%2F%5Cevil.com', OFF],
  ['/%5c/evil.com', OFF],
  ['%2F.%5C%2Fevil.com', OFF],
  // tabs, newlines, spaces, controls (browsers strip them from URLs)
  ['%2F%09%2Fevil.com', OFF],
  ['%2F%0A%2Fevil.com', OFF],
  ['%2F%0D%2Fevil.com', OFF],
  ['%09%2F%2Fevil.com', OFF],
  ['%20%2F%2Fevil.com', OFF],
  ['%2F%00%2Fevil.com', OFF],
  ['%2Fx%0D%0ASet-Cookie%3A%20a%3Db', OFF],
  ['%2F%2509%2Fevil.com', '/%09/evil.com'],
  // Unicode look-alikes of "/" and "\", and Unicode spaces
  ['%2F%EF%BC%8Fevil.com', '/%EF%BC%8Fevil.com'],
  ['%EF%BC%8F%EF%BC%8Fevil.com', OFF],
  ['%2F%E2%88%95evil.com', '/%E2%88%95evil.com'],
  ['%2F%E2%81%84evil.com', '/%E2%81%84evil.com'],
  ['%2F%EF%BC%BCevil.com', '/%EF%BC%BCevil.com'],
  ['%2F%E3%80%80%2Fevil.com', '/%E3%80%80/evil.com'],
  ['%2F%E2%80%A8%2Fevil.com', '/%E2%80%A8/evil.com'],
  // schemes, hosts, userinfo
  ['https%3A%2F%2Fevil.com', OFF],
  ['https:evil.com', OFF],
  ['javascript%3Aalert(1)', OFF],
  ['JaVaScRiPt:alert(1)', OFF],
  ['%2Fjavascript%3Aalert(1)', '/javascript:alert(1)'],
  ['data%3Atext%2Fhtml%2Cx', OFF],
  ['evil.com', OFF],
  ['%2F%40evil.com', '/@evil.com'],
  // query and fragment cannot change the origin
  ['%2F%3F%2F%2Fevil.com', '/?//evil.com'],
  ['%2F%23%2F%2Fevil.com', '/#//evil.com'],
  // overlong, empty, repeated
  [`%2F${'a'.repeat(3000)}`, OFF],
  [`%2F${'%C3%BC'.repeat(1000)}`, OFF],
  ['', OFF],
  ['%2Fa&returnTo=%2F%2Fevil.com', OFF],
  // and what must keep working
  [
    '%2Fcustomer-sessions%3Fq%3Dacme%26sort%3D-loginTime',
    '/customer-sessions?q=acme&sort=-loginTime',
  ],
  ['%2Fsupplier-sessions%3Fowner%3D7%23top', '/supplier-sessions?owner=7#top'],
];

function name(raw: string): string {
  return raw.length > 60 ? `${raw.slice(0, 40)}… (${raw.length} characters)` : raw;
}

function expectSameOrigin(location: string) {
  expect(new URL(location, ORIGIN).origin).toBe(ORIGIN);
  expect(location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
}

let sim: Simulator;
let gw: TestGateway;
let serviceGw: TestGateway;

beforeAll(async () => {
  sim = await startSimulator({ customerSessions: 10, supplierSessions: 5 });
  await sim.app.listen({ host: '127.0.0.1', port: 0 });
  const address = sim.app.server.address();
  const simUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const client = {
    OAUTH_CLIENT_ID: 'noc-demo',
    OAUTH_CLIENT_SECRET: 'noc-demo-secret',
    SIGNIN_RATE_LIMIT: '100000',
  };
  gw = await startGateway(testConfig(simUrl, client));
  serviceGw = await startGateway(
    testConfig(simUrl, { ...client, AUTH_MODE: 'client_credentials', OAUTH_REDIRECT_URL: '' }),
  );
});
afterAll(async () => {
  await gw.app.close();
  await serviceGw.app.close();
  await sim.app.close();
});

/** The simulator's sign-in form, filled in as noc: where it sends the browser back to. */
async function signInAtSimulator(authorizeUrl: string): Promise<string> {
  const url = new URL(authorizeUrl);
  const form = new URLSearchParams(url.searchParams);
  form.set('username', 'noc');
  form.set('password', 'demo');
  const answer = await sim.app.inject({
    method: 'POST',
    url: url.pathname,
    headers: FORM,
    payload: form.toString(),
  });
  expect(answer.statusCode).toBe(302);
  const back = new URL(answer.headers.location as string);
  expect(back.pathname).toBe('/auth/callback');
  return back.pathname + back.search;
}

describe('the address a sign-in returns to', () => {
  it('is tested with at least 30 hostile variants', () => {
    expect(VARIANTS.filter(([, location]) => location === OFF).length).toBeGreaterThanOrEqual(30);
  });

  it.each(VARIANTS.map(([raw, location]) => [name(raw), location, raw] as const))(
    'returnTo=%s ends on %j',
    async (_name, expected, raw) => {
      gw.jar.clear();
      const login = await gw.request({ url: `/auth/login?returnTo=${raw}` });
      expect(login.statusCode).toBe(302);
      const callback = await gw.request({
        url: await signInAtSimulator(login.headers.location as string),
      });
      expect(callback.statusCode).toBe(302);
      const location = callback.headers.location as string;
      expect(location).toBe(expected);
      expectSameOrigin(location);
    },
  );

  it.each(VARIANTS.map(([raw, location]) => [name(raw), location, raw] as const))(
    'in service-account mode, returnTo=%s goes straight to %j',
    async (_name, expected, raw) => {
      const login = await serviceGw.request({ url: `/auth/login?returnTo=${raw}` });
      expect(login.statusCode).toBe(302);
      expect(login.headers.location).toBe(expected);
    },
  );
});
