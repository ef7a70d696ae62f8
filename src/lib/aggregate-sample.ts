import type { CustomerSession, SupplierSession } from './aggregate-types';

// A deterministic generator of plausible sessions, for unit tests and the aggregation bench.

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export function sampleCustomerSessions(count: number, now: number, seed = 1): CustomerSession[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: CustomerSession[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const owner = Math.floor(r() * 8) + 1;
    const customer = Math.floor(r() * Math.max(1, count / 20));
    const stale = r() < 0.01;
    out[i] = {
      sessionID: String(1_000_000 + i),
      customer: `Customer ${customer}`,
      accountName: `acct-${customer}-${Math.floor(r() * 3)}`,
      accountID: customer * 10,
      ipAddr: `198.51.100.${Math.floor(r() * 250) + 1}`,
      serverAddr: `smpp${Math.floor(r() * 4) + 1}.example.net`,
      blocked: r() < 0.005,
      sessionStart: stamp(now - Math.floor(r() * 86_400_000)),
      sessionLastTick: stamp(now - (stale ? 600_000 : Math.floor(r() * 20_000))),
      authName: `auth${customer}_${Math.floor(r() * 2)}`,
      protocol: 'SMPP',
      protocolVersion: pick(['3.3', '3.4', '3.4', '5.0']),
      mode: pick(['TRX', 'TRX', 'TX', 'RX']),
      state: pick(['BOUND', 'BOUND', 'BOUND', 'UNBINDING']),
      ownerId: owner,
      ownerBpName: `Partner ${owner} Ltd`,
      ownerBpBriefName: `P${owner}`,
    };
  }
  return out;
}

export function sampleSupplierSessions(count: number, now: number, seed = 2): SupplierSession[] {
  const r = rng(seed);
  const out: SupplierSession[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const gate = Math.floor(r() * Math.max(1, count / 10));
    const owner = (gate % 5) + 1;
    const status = gate % 37 === 0 ? 'DOWN' : gate % 41 === 0 ? 'RECONNECTING' : 'BOUND';
    out[i] = {
      sessionID: String(5_000_000 + i),
      gateID: gate,
      connID: gate * 10 + (i % 3),
      instNum: i % 2,
      sessionType: 'SMPP',
      startDT: stamp(now - 3_600_000),
      status,
      lastTickDT: stamp(now - 1000),
      protocolVersion: '3.4',
      supplier: `Supplier ${gate % 50}`,
      gateName: `Gate ${gate}`,
      gateCName: `gate_${gate}`,
      connectionName: `Conn ${gate}`,
      connectionCName: `conn_${gate}`,
      remoteHost: `203.0.113.${gate % 250}`,
      remotePort: 2775,
      localHost: '192.0.2.1',
      localPort: 40000 + i,
      ownerId: owner,
      ownerBpName: `Partner ${owner} Ltd`,
      ownerBpBriefName: `P${owner}`,
    };
  }
  return out;
}
