import { describe, expect, it } from 'vitest';
import * as links from './aggregate-links';

describe('grid links', () => {
  it('build the grids’ URL filters', () => {
    expect(links.customersOfIp('192.0.2.1')).toBe(
      '/customer-sessions?f=eq%28ipAddr%29%3A192.0.2.1',
    );
    expect(links.suppliersOfOwner(7)).toBe('/supplier-sessions?f=eq%28ownerId%29%3A7');
    expect(links.suppliersOfGate('gw_a b')).toBe('/supplier-sessions?q=gw_a+b');
    expect(links.authNameLink('a/b c')).toBe('/customers/a%2Fb%20c');
    expect(links.customerDrillLink({ owner: '3', stale: true })).toBe(
      '/breakdowns/customers?owner=3&stale=1',
    );
  });
});
