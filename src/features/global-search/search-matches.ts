import {
  accountLink,
  authNameLink,
  customerGridLink,
  customersOfIp,
  suppliersOfGate,
} from '../../lib/aggregate-links';
import type { CustomerSession, SupplierSession } from '../../lib/aggregate-types';

export type MatchKind = 'authName' | 'accountName' | 'ipAddr' | 'gate' | 'customer';

export interface Match {
  kind: MatchKind;
  value: string;
  /** Secondary text, e.g. the customer of an auth name. */
  description: string;
  /** How many of the fetched sessions carry it. */
  count: number;
  /** 0 exact, 1 prefix, 2 substring (case-insensitive). */
  score: number;
  to: string;
}

export interface MatchGroup {
  kind: MatchKind;
  label: string;
  matches: Match[];
}

export const GROUP_LABELS: Record<MatchKind, string> = {
  customer: 'Customers',
  authName: 'Auth names',
  accountName: 'Accounts',
  ipAddr: 'IPs',
  gate: 'Supplier gates',
};

// On equal scores, the view a support agent most likely wants comes first.
const PRIORITY: MatchKind[] = ['authName', 'accountName', 'ipAddr', 'gate', 'customer'];

export function scoreMatch(value: string, query: string): number | null {
  const v = value.toLowerCase();
  const q = query.toLowerCase();
  if (v === q) return 0;
  if (v.startsWith(q)) return 1;
  if (v.includes(q)) return 2;
  return null;
}

function link(kind: MatchKind, value: string): string {
  switch (kind) {
    case 'authName':
      return authNameLink(value);
    case 'accountName':
      return accountLink(value);
    case 'ipAddr':
      return customersOfIp(value);
    case 'gate':
      return suppliersOfGate(value);
    case 'customer':
      return customerGridLink([], value);
  }
}

/**
 * Groups the sessions a `q` search returned into the distinct names that matched, best group
 * first (its best score, then PRIORITY), so the first match is what Enter should open.
 */
export function groupMatches(
  query: string,
  customers: readonly CustomerSession[],
  suppliers: readonly SupplierSession[],
  perGroup = 6,
): MatchGroup[] {
  const q = query.trim();
  if (!q) return [];
  const found = new Map<string, Match>();
  const add = (
    kind: MatchKind,
    value: string | undefined,
    description: string,
    also: string[] = [],
  ) => {
    if (!value) return;
    const scores = [value, ...also].map((v) => scoreMatch(v, q)).filter((s) => s !== null);
    if (scores.length === 0) return;
    const key = `${kind}\u0000${value}`;
    const existing = found.get(key);
    if (existing) {
      existing.count++;
      return;
    }
    found.set(key, {
      kind,
      value,
      description,
      count: 1,
      score: Math.min(...scores),
      to: link(kind, value),
    });
  };
  for (const s of customers) {
    add('authName', s.authName, [s.customer, s.accountName].filter(Boolean).join(' · '));
    add('accountName', s.accountName, s.customer ?? '');
    add('ipAddr', s.ipAddr, s.customer ?? '');
    add('customer', s.customer, s.accountName ?? '');
  }
  for (const s of suppliers) {
    const gateName = s.gateName ?? '';
    add(
      'gate',
      s.gateCName,
      [gateName, s.supplier].filter(Boolean).join(' · '),
      [gateName, s.supplier ?? ''].filter(Boolean),
    );
  }
  const groups = new Map<MatchKind, Match[]>();
  for (const m of found.values()) {
    const list = groups.get(m.kind) ?? [];
    list.push(m);
    groups.set(m.kind, list);
  }
  const out: MatchGroup[] = [];
  for (const [kind, list] of groups) {
    list.sort((a, b) => a.score - b.score || b.count - a.count || a.value.localeCompare(b.value));
    out.push({ kind, label: GROUP_LABELS[kind], matches: list.slice(0, perGroup) });
  }
  out.sort(
    (a, b) =>
      a.matches[0]!.score - b.matches[0]!.score ||
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
  );
  return out;
}
