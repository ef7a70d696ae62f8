// Shared helpers for the simulator's tests (in-process via app.inject).
import { buildSimulator, type Simulator, type SimulatorOptions } from './app';
import { API_PREFIX } from './api-routes';
import { indexCustomer, type CustomerSession } from './sessions';

export { API_PREFIX };

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

export async function startSimulator(options: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  return buildSimulator({
    customerSessions: 600,
    supplierSessions: 200,
    live: false,
    logLevel: 'silent',
    ...options,
  });
}

export async function clientToken(
  sim: Simulator,
  clientId = 'noc-demo',
  secret = `${clientId}-secret`,
  scope?: string,
): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: secret,
  });
  if (scope) form.set('scope', scope);
  const res = await sim.app.inject({
    method: 'POST',
    url: '/oauth2/access-token',
    headers: FORM,
    payload: form.toString(),
  });
  if (res.statusCode !== 200)
    throw new Error(`token request failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { access_token: string }).access_token;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** Polls until check() is truthy (no fixed sleeps in tests). */
export async function waitFor<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('waitFor: condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

let nextCustomerId = 1;

/** An indexed customer session for collection and sort tests: plain values, overridden by `fields`. */
export function testCustomer(fields: Partial<CustomerSession> = {}): CustomerSession {
  return indexCustomer({
    id: nextCustomerId++,
    alive: true,
    slot: -1,
    startMs: Date.UTC(2026, 0, 1),
    tick: { ageMs: 1000, hung: false, periodMs: 10_000, phaseMs: 0, hungAtMs: 0 },
    customer: 'Acme',
    accountName: 'Acme OTP',
    accountID: 1,
    ipAddr: '192.0.2.1',
    serverAddr: 'smpp-01.example.net:2775',
    blocked: false,
    authName: 'acme_1',
    protocol: 'SMPP',
    protocolVersion: '3.4',
    mode: 'TRX',
    state: 'BOUND',
    ownerId: 1,
    ownerBpName: 'Owner',
    ownerBpBriefName: 'OWN',
    lcAccountName: null,
    lcIpAddr: '',
    lcServerAddr: null,
    ...fields,
  });
}
