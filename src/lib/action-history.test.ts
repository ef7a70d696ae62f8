import { describe, expect, it } from 'vitest';
import { parseHistory, serializeHistory, upsertRecord, type ActionRecord } from './action-history';
import { observe, startStopVerification } from './action-verification';

const base: ActionRecord = {
  id: 'a1',
  kind: 'stop',
  target: 'acme',
  origin: 'Customer sessions',
  user: 'noc',
  requestedAt: 1000,
  status: 'accepted',
};

describe('action history', () => {
  it('round-trips records', () => {
    const records = [{ ...base, verification: observe(startStopVerification(0), 1, []) }];
    const parsed = parseHistory(serializeHistory(records), 2000);
    // A rebind watch cut off by the reload is reported as "stayed down so far".
    expect(parsed[0]?.verification).toMatchObject({ phase: 'stayed-down', watchedUntil: 2000 });
    expect(parsed[0]).toMatchObject({ id: 'a1', target: 'acme', status: 'accepted' });
  });

  it('drops junk and hostile values instead of trusting them', () => {
    expect(parseHistory('not json', 0)).toEqual([]);
    expect(parseHistory('{"a":1}', 0)).toEqual([]);
    const raw = JSON.stringify([
      { ...base, kind: 'delete-everything' },
      { ...base, id: 'ok', verification: { kind: 'stop', phase: 'pwned', startedAt: 0 } },
      { ...base, id: 7 },
      null,
    ]);
    const parsed = parseHistory(raw, 0);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.id).toBe('ok');
    expect(parsed[0]?.verification).toBeUndefined();
  });

  it('turns a request cut off by a reload into an unknown-result failure', () => {
    const parsed = parseHistory(JSON.stringify([{ ...base, status: 'sending' }]), 0);
    expect(parsed[0]).toMatchObject({ status: 'failed', error: { code: 'INTERRUPTED' } });
  });

  it('upserts newest first and replaces in place', () => {
    let list = upsertRecord([], base);
    list = upsertRecord(list, { ...base, id: 'a2' });
    expect(list.map((r) => r.id)).toEqual(['a2', 'a1']);
    list = upsertRecord(list, { ...base, status: 'failed' });
    expect(list.map((r) => [r.id, r.status])).toEqual([
      ['a2', 'accepted'],
      ['a1', 'failed'],
    ]);
  });
});
