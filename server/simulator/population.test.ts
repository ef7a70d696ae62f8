import { describe, expect, it } from 'vitest';
import { simulatorOptionsFromEnv } from './app';
import { SUPPLIER_STATUSES, generateCustomers, generateSuppliers } from './population';
import { lastTickMs } from './sessions';

const counter = () => {
  let n = 1;
  return { next: () => n++ };
};
const NOW = Date.UTC(2026, 10, 25, 12);

describe('population', () => {
  it('is the same for the same seed and differs for another', () => {
    const strip = (rows: ReturnType<typeof generateCustomers>) => rows;
    const a = generateCustomers(500, 1, NOW, counter());
    const b = generateCustomers(500, 1, NOW, counter());
    const c = generateCustomers(500, 2, NOW, counter());
    expect(strip(a)).toEqual(strip(b));
    expect(strip(a)).not.toEqual(strip(c));
    expect(generateSuppliers(200, 3, NOW, counter())).toEqual(
      generateSuppliers(200, 3, NOW, counter()),
    );
  });

  it('has exactly the requested sizes', () => {
    expect(generateCustomers(2500, 1, NOW, counter())).toHaveLength(2500);
    expect(generateSuppliers(400, 1, NOW, counter())).toHaveLength(400);
    expect(generateCustomers(0, 1, NOW, counter())).toHaveLength(0);
  });

  it('looks like a real platform', () => {
    const rows = generateCustomers(2500, 1, NOW, counter());
    expect(new Set(rows.map((r) => r.ownerId)).size).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      expect(r.ipAddr).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/);
      expect(['TX', 'RX', 'TRX']).toContain(r.mode);
      expect(['3.3', '3.4', '5.0']).toContain(r.protocolVersion);
      expect(r.protocol).toBe('SMPP');
    }
    const perAuth = new Map<string, number>();
    for (const r of rows) perAuth.set(r.authName, (perAuth.get(r.authName) ?? 0) + 1);
    const counts = [...perAuth.values()];
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.blocked).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.accountName === null).length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.accountName === '').length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.serverAddr === null).length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.serverAddr === '').length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.state === 'BOUND').length / rows.length).toBeGreaterThan(0.9);
  });

  it('keeps healthy ticks under 15 s old and hung ones minutes old, frozen or live', () => {
    const rows = generateCustomers(2500, 1, NOW, counter());
    const later = NOW + 10 * 60_000;
    for (const r of rows) {
      for (const [now, live] of [
        [NOW, false],
        [later, false],
        [later, true],
      ] as const) {
        const age = now - lastTickMs(r, now, live);
        if (r.tick.hung) expect(age).toBeGreaterThanOrEqual(3 * 60_000);
        else expect(age).toBeLessThan(15_000);
      }
    }
    expect(rows.filter((r) => r.tick.hung).length).toBeGreaterThan(5);
  });

  it('has suppliers with several gates, connections and instances, some not bound', () => {
    const rows = generateSuppliers(400, 1, NOW, counter());
    expect(new Set(rows.map((r) => r.supplier)).size).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.gateCName)).size).toBeGreaterThan(10);
    expect(Math.max(...rows.map((r) => r.instNum))).toBeGreaterThan(1);
    for (const r of rows) expect(SUPPLIER_STATUSES).toContain(r.status);
    expect(rows.some((r) => r.status !== 'BOUND')).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});

describe('simulatorOptionsFromEnv', () => {
  it('reads defaults and values', () => {
    expect(simulatorOptionsFromEnv({})).toMatchObject({
      port: 4010,
      seed: 1,
      customerSessions: 2500,
      supplierSessions: 400,
      live: true,
      rebindDelayMs: 20_000,
    });
    const frozen = simulatorOptionsFromEnv({
      SIMULATOR_LIVE: '0',
      SIMULATOR_PORT: '4091',
      SIMULATOR_REDIRECT_URIS: 'http://127.0.0.1:8091/auth/callback, http://x.test/cb',
    });
    expect(frozen).toMatchObject({
      live: false,
      port: 4091,
      rebindDelayMs: null,
      redirectUris: ['http://127.0.0.1:8091/auth/callback', 'http://x.test/cb'],
    });
    expect(
      simulatorOptionsFromEnv({ SIMULATOR_LIVE: '0', SIMULATOR_REBIND_DELAY_MS: '500' })
        .rebindDelayMs,
    ).toBe(500);
    expect(
      simulatorOptionsFromEnv({ SIMULATOR_ERROR_RATE: '0.25', SIMULATOR_OUTAGE: 'true' }),
    ).toMatchObject({ errorRate: 0.25, outage: true });
  });

  it.each([
    ['SIMULATOR_PORT', 'abc'],
    ['SIMULATOR_PORT', '70000'],
    ['SIMULATOR_LIVE', 'maybe'],
    ['SIMULATOR_ERROR_RATE', '1.5'],
    ['SIMULATOR_REDIRECT_URIS', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['SIMULATOR_CUSTOMER_SESSIONS', '-5'],
  ])('rejects %s=%s with one line naming it', (name, value) => {
    expect(() => simulatorOptionsFromEnv({ [name]: value })).toThrow(
      new RegExp(`^${name} must be .*\\(got "${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\)$`),
    );
  });
});
