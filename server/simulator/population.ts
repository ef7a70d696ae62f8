// Seeded generation of a realistic platform: owners, customers with accounts and auth names, supplier gates.
import { createRng, type Rng } from './prng';
import {
  indexCustomer,
  indexSupplier,
  type CustomerSession,
  type SupplierSession,
  type Tick,
} from './sessions';

export interface Owner {
  ownerId: number;
  ownerBpName: string;
  ownerBpBriefName: string;
}

// Ids of different digit counts, so numeric and text order differ (23 < 105, but "105" < "23").
export const OWNERS: readonly Owner[] = [
  { ownerId: 23, ownerBpName: 'Alpine SMS Hub AG', ownerBpBriefName: 'ASH' },
  { ownerId: 105, ownerBpName: 'Baltic Wholesale Telecom', ownerBpBriefName: 'BWT' },
  { ownerId: 7, ownerBpName: 'Côte Digital SAS', ownerBpBriefName: 'CDS' },
  { ownerId: 42, ownerBpName: 'Danube Connect GmbH', ownerBpBriefName: 'DCG' },
  { ownerId: 1001, ownerBpName: 'Eastern Routes Ltd', ownerBpBriefName: 'ERL' },
  { ownerId: 230, ownerBpName: 'Fjord Mobile AS', ownerBpBriefName: 'FMA' },
  { ownerId: 12, ownerBpName: 'global reach carrier', ownerBpBriefName: 'GRC' },
  { ownerId: 3, ownerBpName: 'Helvetia Messaging AG', ownerBpBriefName: 'HMA' },
];
const OWNER_WEIGHTS = [30, 20, 15, 10, 9, 7, 5, 4];

const CUSTOMER_PREFIXES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Tyrell',
  'Cyberdyne',
  'Wonka',
  'Nakatomi',
  'Oscorp',
  'Aperture',
  'Bluesun',
  'Monarch',
  'Gringotts',
  'Duff',
  'Prestige',
  'Zenith',
  'Oceanic',
  'Massive',
  'Pied Piper',
];
const CUSTOMER_SUFFIXES = [
  'Retail',
  'Bank',
  'Logistics',
  'Health',
  'Travel',
  'Media',
  'Energy',
  'Insurance',
  'Foods',
  'Pharma',
  'Airlines',
  'Games',
  'Security',
  'Mobility',
  'Parcel',
  'Ticketing',
];
const ACCOUNT_KINDS = ['OTP', 'Alerts', 'Marketing', 'Transactional', 'Notifications', 'Promo'];
const REGIONS = ['Europe', 'Asia', 'Americas', 'Africa', 'Nordics', 'Iberia', 'Benelux', 'DACH'];
const IP_NETS = ['192.0.2.', '198.51.100.', '203.0.113.'];
const SMPP_SERVERS = [1, 2, 3, 4, 5, 6].map((n) => `smpp-0${n}.example.net`);

const CARRIERS = [
  'Northwind Carrier',
  'Contoso Mobile',
  'Fabrikam Telecom',
  'Tailspin Wireless',
  'Litware Networks',
  'Proseware SMS',
  'Wingtip Telecom',
  'Woodgrove Connect',
  'Lucerne Mobile',
  'Trey Telecom',
  'Coho Wireless',
  'Margie Telecom',
  'Fourth Coffee Networks',
  'Adatum Mobile',
];
const COUNTRIES = ['DE', 'CH', 'FR', 'IT', 'AT', 'ES', 'UK', 'NL', 'PL', 'SE', 'RS', 'GR'];
const GATE_KINDS = ['Direct', 'Premium', 'Standard', 'OTP', 'Wholesale', 'Bulk'];
const LOCAL_HOSTS = ['smpp-gw-01.example.net', 'smpp-gw-02.example.net', 'smpp-gw-03.example.net'];

export const CUSTOMER_STATES = ['BOUND', 'OPEN', 'UNBINDING'] as const;
export const SUPPLIER_STATUSES = ['BOUND', 'RECONNECTING', 'DOWN', 'UNBOUND'] as const;

function weighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

export function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase();
}

export function healthyTick(rng: Rng, nowMs: number): Tick {
  const periodMs = rng.int(5, 14) * 1000;
  return {
    ageMs: rng.int(0, periodMs - 1),
    hung: false,
    periodMs,
    phaseMs: rng.int(0, periodMs - 1),
    hungAtMs: nowMs,
  };
}

export function staleTick(rng: Rng, nowMs: number, minMs: number, maxMs: number): Tick {
  const ageMs = rng.int(minMs, maxMs);
  return { ageMs, hung: true, periodMs: 10_000, phaseMs: 0, hungAtMs: nowMs - ageMs };
}

/** Session ages skew young: most binds are hours to days old, a few a month. */
function sessionAgeMs(rng: Rng): number {
  const r = rng.next();
  return 30_000 + Math.floor(r * r * r * 30 * 86_400_000);
}

export interface IdSource {
  next(): number;
}

export function generateCustomers(
  count: number,
  seed: number,
  nowMs: number,
  ids: IdSource,
): CustomerSession[] {
  const rng = createRng(seed * 2 + 1);
  const out: CustomerSession[] = [];
  const P = CUSTOMER_PREFIXES.length;
  const S = CUSTOMER_SUFFIXES.length;
  let accountId = 20_001;
  for (let c = 0; out.length < count; c++) {
    // A stride walks through the name grid so neighbouring customers differ in both parts.
    const k = (c * 7) % (P * S);
    const round = Math.floor(c / (P * S));
    const base = `${CUSTOMER_PREFIXES[k % P]} ${CUSTOMER_SUFFIXES[Math.floor(k / P)]}`;
    const customer =
      round === 0
        ? base
        : `${base} ${REGIONS[(round - 1) % REGIONS.length]}${round > REGIONS.length ? ` ${round}` : ''}`;
    const owner = weighted(rng, OWNERS, OWNER_WEIGHTS);
    const accounts = weighted(rng, [1, 2, 3], [60, 30, 10]);
    for (let a = 0; a < accounts && out.length < count; a++) {
      const accountName = `${customer} ${ACCOUNT_KINDS[(c + a) % ACCOUNT_KINDS.length]}`;
      const accountID = accountId++;
      const blocked = rng.chance(0.03) || accountID % 29 === 7;
      const authNames = weighted(rng, [1, 2, 3], [65, 25, 10]);
      for (let n = 0; n < authNames && out.length < count; n++) {
        const authName = `${slug(customer)}_${a + 1}${n === 0 ? '' : String.fromCharCode(97 + n)}`;
        const ip1 = `${rng.pick(IP_NETS)}${rng.int(1, 254)}`;
        const ip2 = `${rng.pick(IP_NETS)}${rng.int(1, 254)}`;
        const version = weighted(rng, ['3.4', '3.3', '5.0'], [75, 10, 15]);
        const preferredMode = weighted(rng, ['TRX', 'TX', 'RX'], [60, 25, 15]);
        const server = rng.pick(SMPP_SERVERS);
        const binds = rng.chance(0.4) ? 1 : 1 + Math.floor(60 * rng.next() ** 3);
        for (let b = 0; b < binds && out.length < count; b++) {
          const i = out.length;
          const hung = rng.chance(0.015);
          const tick = hung
            ? staleTick(rng, nowMs, 3 * 60_000, 45 * 60_000)
            : healthyTick(rng, nowMs);
          const startMs = nowMs - sessionAgeMs(rng) - tick.ageMs;
          let accName: string | null = accountName;
          if (i % 397 === 13) accName = null;
          else if (i % 409 === 17) accName = '';
          let serverAddr: string | null =
            `${rng.chance(0.8) ? server : rng.pick(SMPP_SERVERS)}:${rng.chance(0.85) ? 2775 : 2776}`;
          if (i % 421 === 19) serverAddr = null;
          else if (i % 433 === 23) serverAddr = '';
          out.push(
            indexCustomer({
              id: ids.next(),
              alive: true,
              slot: -1,
              startMs,
              tick,
              customer,
              accountName: accName,
              accountID,
              ipAddr: rng.chance(0.8) ? ip1 : ip2,
              serverAddr,
              blocked,
              authName,
              protocol: 'SMPP',
              protocolVersion: version,
              mode: rng.chance(0.8) ? preferredMode : rng.pick(['TRX', 'TX', 'RX']),
              state: weighted(rng, CUSTOMER_STATES, [975, 15, 10]),
              ownerId: owner.ownerId,
              ownerBpName: owner.ownerBpName,
              ownerBpBriefName: owner.ownerBpBriefName,
              lcAccountName: null,
              lcIpAddr: '',
              lcServerAddr: null,
            }),
          );
        }
      }
    }
  }
  return out;
}

export function generateSuppliers(
  count: number,
  seed: number,
  nowMs: number,
  ids: IdSource,
): SupplierSession[] {
  const rng = createRng(seed * 2 + 2);
  const out: SupplierSession[] = [];
  let gateId = 501;
  let connId = 9001;
  for (let s = 0; out.length < count; s++) {
    const carrier = CARRIERS[s % CARRIERS.length] as string;
    const country = COUNTRIES[Math.floor(s / CARRIERS.length) % COUNTRIES.length] as string;
    const round = Math.floor(s / (CARRIERS.length * COUNTRIES.length));
    const supplier = `${carrier} ${country}${round ? ` ${round + 1}` : ''}`;
    const owner = weighted(rng, OWNERS, OWNER_WEIGHTS);
    const gates = weighted(rng, [1, 2, 3, 4], [35, 35, 20, 10]);
    for (let g = 0; g < gates && out.length < count; g++) {
      const gateName = `${supplier} ${GATE_KINDS[(s + g) % GATE_KINDS.length]}`;
      const gateCName = slug(gateName);
      const gateID = gateId++;
      const gateStatus = weighted(rng, SUPPLIER_STATUSES, [88, 6, 4, 2]);
      const version = weighted(rng, ['3.4', '3.3', '5.0'], [85, 5, 10]);
      const connections = weighted(rng, [1, 2, 3], [50, 35, 15]);
      for (let c = 0; c < connections && out.length < count; c++) {
        const connID = connId++;
        const connectionName = `${gateName} #${c + 1}`;
        const connectionCName = `${gateCName}_${c + 1}`;
        const remoteHost = rng.chance(0.5)
          ? `${rng.pick(IP_NETS)}${rng.int(1, 254)}`
          : `smsc${c + 1}.${slug(carrier).replace(/_/g, '-')}.example.com`;
        const remotePort = rng.pick([2775, 2775, 2776, 3700]);
        const instances = weighted(rng, [1, 2, 3, 4], [30, 35, 20, 15]);
        const sessionType = weighted(rng, ['TRX', 'TX', 'RX'], [70, 15, 15]);
        for (let inst = 1; inst <= instances && out.length < count; inst++) {
          const status = gateStatus === 'BOUND' && rng.chance(0.02) ? 'RECONNECTING' : gateStatus;
          let tick: Tick;
          if (status === 'BOUND') tick = healthyTick(rng, nowMs);
          else if (status === 'RECONNECTING') tick = staleTick(rng, nowMs, 20_000, 120_000);
          else tick = staleTick(rng, nowMs, 5 * 60_000, 120 * 60_000);
          out.push(
            indexSupplier({
              id: ids.next(),
              alive: true,
              slot: -1,
              startMs: nowMs - sessionAgeMs(rng) - tick.ageMs,
              tick,
              gateID,
              connID,
              instNum: inst,
              sessionType,
              status,
              protocolVersion: version,
              supplier,
              gateName,
              connectionName,
              remoteHost,
              remotePort,
              localHost: rng.pick(LOCAL_HOSTS),
              localPort: rng.int(30_000, 60_999),
              gateCName,
              connectionCName,
              ownerId: owner.ownerId,
              ownerBpName: owner.ownerBpName,
              ownerBpBriefName: owner.ownerBpBriefName,
              lcOwnerBpName: '',
            }),
          );
        }
      }
    }
  }
  return out;
}
