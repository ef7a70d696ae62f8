import { describe, expect, it } from 'vitest';
import { createMemoryRevocations } from './session-revocations';

function clock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

describe('the in-memory revocation list', () => {
  it('refuses an id until its end, then forgets it', () => {
    const c = clock();
    const list = createMemoryRevocations({ now: c.now });
    expect(list.isRevoked('a')).toBe(false);
    list.revoke('a', c.now() + 1000);
    expect(list.isRevoked('a')).toBe(true);
    expect(list.isRevoked('b')).toBe(false);
    c.advance(999);
    expect(list.isRevoked('a')).toBe(true);
    c.advance(1);
    expect(list.isRevoked('a')).toBe(false);
    expect(list.size).toBe(0);
  });

  it('keeps the later end when an id is revoked twice', () => {
    const c = clock();
    const list = createMemoryRevocations({ now: c.now });
    list.revoke('a', c.now() + 5000);
    list.revoke('a', c.now() + 1000);
    c.advance(2000);
    expect(list.isRevoked('a')).toBe(true);
    expect(list.size).toBe(1);
  });

  it('ignores an end already past', () => {
    const c = clock();
    const list = createMemoryRevocations({ now: c.now });
    list.revoke('a', c.now());
    expect(list.isRevoked('a')).toBe(false);
    expect(list.size).toBe(0);
  });

  it('prunes expired entries as new ones arrive, without being asked about them', () => {
    const c = clock();
    const list = createMemoryRevocations({ now: c.now });
    for (let i = 0; i < 100; i++) list.revoke(`old-${i}`, c.now() + 1000);
    expect(list.size).toBe(100);
    c.advance(1000);
    list.revoke('new', c.now() + 1000);
    expect(list.size).toBe(1);
    expect(list.isRevoked('new')).toBe(true);
  });

  it('is bounded: expired entries go first, then the oldest, and the overflow is reported', () => {
    const c = clock();
    const dropped: string[] = [];
    const list = createMemoryRevocations({
      now: c.now,
      maxEntries: 3,
      onOverflow: (id) => dropped.push(id),
    });
    list.revoke('long', c.now() + 10_000);
    list.revoke('short', c.now() + 1000);
    list.revoke('b', c.now() + 10_000);
    c.advance(1000);
    // "short" has expired (not at the front, so not pruned yet): it makes room, nothing is lost.
    list.revoke('c', c.now() + 10_000);
    expect(dropped).toEqual([]);
    expect(list.size).toBe(3);
    // Full of live ids: the oldest goes.
    list.revoke('d', c.now() + 10_000);
    expect(dropped).toEqual(['long']);
    expect(list.size).toBe(3);
    expect(list.isRevoked('long')).toBe(false);
    for (const id of ['b', 'c', 'd']) expect(list.isRevoked(id)).toBe(true);
  });
});
