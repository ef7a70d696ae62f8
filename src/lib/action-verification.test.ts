import { describe, expect, it } from 'vitest';
import {
  advance,
  describeVerification,
  interrupt,
  isSettled,
  nextPollDelay,
  observe,
  observeFailure,
  startRestartVerification,
  startStopVerification,
  verificationTone,
  type VerificationTimings,
} from './action-verification';

const T: VerificationTimings = {
  stopDeadlineMs: 10_000,
  rebindWatchMs: 20_000,
  restartDeadlineMs: 30_000,
};
const time = (ms: number) => `t+${ms / 1000}`;

describe('stop verification', () => {
  it('checks until the binds are gone, then watches and reports a rebind with when', () => {
    let s = startStopVerification(0, T);
    s = observe(s, 1000, [{ sessionID: '1' }, { sessionID: '2' }], T);
    expect(s).toMatchObject({ phase: 'checking', remaining: 2 });
    expect(nextPollDelay(s)).toBe(1000);
    s = observe(s, 2000, [], T);
    expect(s).toMatchObject({ phase: 'gone', goneAt: 2000, watchUntil: 22_000 });
    expect(isSettled(s)).toBe(false);
    expect(verificationTone(s)).toBe('success');
    expect(nextPollDelay(s)).toBe(2000);
    s = advance(s, 10_000);
    expect(s.phase).toBe('gone');
    s = observe(s, 12_000, [{ sessionID: '99' }], T);
    expect(s).toMatchObject({ phase: 'rebound', goneAt: 2000, reboundAt: 12_000, binds: 1 });
    expect(isSettled(s)).toBe(true);
    expect(verificationTone(s)).toBe('warning');
    expect(describeVerification(s, 'acme', time)).toBe(
      'Verified stopped at t+2; acme bound again at t+12 (12 s after the stop) with 1 bind(s).',
    );
  });

  it('reports stayed down when the watch window passes quietly', () => {
    let s = observe(startStopVerification(0, T), 500, [], T);
    s = advance(s, 20_499);
    expect(s.phase).toBe('gone');
    s = advance(s, 20_500);
    expect(s).toMatchObject({ phase: 'stayed-down', watchedUntil: 20_500 });
    expect(nextPollDelay(s)).toBeNull();
    expect(describeVerification(s, 'acme', time)).toContain('did not bind again');
  });

  it('says still bound when binds remain past the deadline', () => {
    let s = observe(startStopVerification(0, T), 1000, [{ sessionID: '1' }], T);
    s = advance(s, 10_000);
    expect(s).toMatchObject({ phase: 'still-bound', remaining: 1 });
    expect(verificationTone(s)).toBe('warning');
    // Later observations no longer change a settled verdict.
    expect(observe(s, 11_000, [], T)).toBe(s);
  });

  it('is unverified when the list could never be read', () => {
    let s = startStopVerification(0, T);
    s = observeFailure(s, 'NETWORK_ERROR');
    s = observeFailure(s, 'NETWORK_ERROR');
    expect(s).toMatchObject({ phase: 'checking', failures: 2 });
    s = advance(s, 10_000);
    expect(s).toMatchObject({ phase: 'unverified', reason: 'NETWORK_ERROR' });
  });
});

describe('restart verification', () => {
  const before = [
    { sessionID: '10', connectionCName: 'c1', instNum: 1 },
    { sessionID: '11', connectionCName: 'c1', instNum: 2 },
    { sessionID: '12', connectionCName: 'c2', instNum: 1 },
  ];

  it('is verified when every instance is back with a new session ID', () => {
    let s = startRestartVerification(0, before, T);
    expect(s).toMatchObject({ expected: ['c1#1', 'c1#2', 'c2#1'], before: ['10', '11', '12'] });
    // Still the old sessions: the restart has not happened yet.
    s = observe(s, 500, before, T);
    expect(s).toMatchObject({ phase: 'checking', back: 0 });
    s = observe(s, 1000, [], T);
    expect(s).toMatchObject({ phase: 'checking', back: 0 });
    s = observe(s, 2000, [{ sessionID: '20', connectionCName: 'c1', instNum: 1 }], T);
    expect(s).toMatchObject({ phase: 'checking', back: 1 });
    s = observe(
      s,
      3000,
      [
        { sessionID: '20', connectionCName: 'c1', instNum: 1 },
        { sessionID: '21', connectionCName: 'c1', instNum: 2 },
        { sessionID: '22', connectionCName: 'c2', instNum: 1 },
      ],
      T,
    );
    expect(s).toMatchObject({ phase: 'back', at: 3000, newSessionIds: ['20', '21', '22'] });
    expect(verificationTone(s)).toBe('success');
    expect(describeVerification(s, 'gate_a', time)).toBe(
      'Verified: all 3 connection instance(s) of gate_a came back with new session IDs (3 s after the restart).',
    );
  });

  it('does not count an old session ID as back', () => {
    let s = startRestartVerification(0, before, T);
    s = observe(s, 1000, [{ sessionID: '10', connectionCName: 'c1', instNum: 1 }], T);
    expect(s).toMatchObject({ phase: 'checking', back: 0 });
  });

  it('warns when not all came back within the deadline', () => {
    let s = startRestartVerification(0, before, T);
    s = observe(s, 1000, [{ sessionID: '20', connectionCName: 'c1', instNum: 1 }], T);
    s = advance(s, 29_999);
    expect(s.phase).toBe('checking');
    s = advance(s, 30_000);
    expect(s).toMatchObject({ phase: 'not-back', back: 1, expected: 3 });
    expect(verificationTone(s)).toBe('warning');
    expect(describeVerification(s, 'gate_a', time)).toBe(
      'Warning: only 1 of 3 connection instance(s) of gate_a came back with new session IDs within 30 s.',
    );
  });

  it('uses the settable deadline', () => {
    const s = startRestartVerification(1000, before, { ...T, restartDeadlineMs: 5000 });
    expect(s).toMatchObject({ deadline: 6000 });
  });
});

describe('interrupt', () => {
  it('marks an unfinished check as unverified and a rebind watch as stayed down so far', () => {
    const checking = startStopVerification(0, T);
    expect(interrupt(checking, 5000)).toMatchObject({ phase: 'unverified' });
    const gone = observe(checking, 1000, [], T);
    expect(interrupt(gone, 5000)).toMatchObject({ phase: 'stayed-down', watchedUntil: 5000 });
    const settled = advance(startRestartVerification(0, [], T), 40_000);
    expect(interrupt(settled, 50_000)).toBe(settled);
  });
});
