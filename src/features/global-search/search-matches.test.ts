import { describe, expect, it } from 'vitest';
import { groupMatches, scoreMatch } from './search-matches';

const customers = [
  { customer: 'Acme Corp', accountName: 'acme-main', authName: 'acme1', ipAddr: '192.0.2.10' },
  { customer: 'Acme Corp', accountName: 'acme-main', authName: 'acme1', ipAddr: '192.0.2.11' },
  { customer: 'Acme Corp', accountName: 'acme-bulk', authName: 'acmebulk', ipAddr: '192.0.2.10' },
  { customer: 'Beta', accountName: 'beta', authName: 'beta1', ipAddr: '198.51.100.7' },
];
const suppliers = [
  { gateCName: 'acme_gw', gateName: 'Acme gateway', supplier: 'Carrier A' },
  { gateCName: 'acme_gw', gateName: 'Acme gateway', supplier: 'Carrier A' },
  { gateCName: 'tel_1', gateName: 'Tel one', supplier: 'Telco' },
];

describe('scoreMatch', () => {
  it('ranks exact, prefix and substring matches', () => {
    expect(scoreMatch('Acme1', 'acme1')).toBe(0);
    expect(scoreMatch('acme1', 'acm')).toBe(1);
    expect(scoreMatch('bigacme', 'acme')).toBe(2);
    expect(scoreMatch('beta', 'acme')).toBeNull();
  });
});

describe('groupMatches', () => {
  it('puts the exact auth name first and links each kind to its view', () => {
    const groups = groupMatches('acme1', customers, suppliers);
    expect(groups[0]).toMatchObject({
      kind: 'authName',
      matches: [{ value: 'acme1', count: 2, score: 0, to: '/customers/acme1' }],
    });
  });

  it('groups distinct names of every kind that matched', () => {
    const groups = groupMatches('acme', customers, suppliers);
    const byKind = Object.fromEntries(groups.map((g) => [g.kind, g.matches.map((m) => m.value)]));
    expect(byKind).toEqual({
      authName: ['acme1', 'acmebulk'],
      accountName: ['acme-main', 'acme-bulk'],
      customer: ['Acme Corp'],
      gate: ['acme_gw'],
    });
    expect(groups.map((g) => g.kind)).toEqual(['authName', 'accountName', 'gate', 'customer']);
    const gate = groups.find((g) => g.kind === 'gate')!.matches[0]!;
    expect(gate).toMatchObject({ count: 2, to: '/supplier-sessions?q=acme_gw' });
  });

  it('finds IPs and gates by their other names', () => {
    const ip = groupMatches('198.51.100.7', customers, suppliers);
    expect(ip[0]!.matches[0]).toMatchObject({
      kind: 'ipAddr',
      to: '/customer-sessions?f=eq%28ipAddr%29%3A198.51.100.7',
    });
    expect(groupMatches('telco', customers, suppliers)[0]!.matches[0]!.value).toBe('tel_1');
    expect(groupMatches('  ', customers, suppliers)).toEqual([]);
  });
});
