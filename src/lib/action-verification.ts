// The API answers 201 as soon as it accepted an action; whether it worked is only visible in the
// session lists. These reducers turn periodic observations into a verdict:
// - stop: every bind of the auth name disappears (else "still bound"), then a watch window
//   reports whether (and when) the client bound again;
// - restart: each connection instance of the gate comes back with a session ID it did not have
//   before, within a deadline (else a warning).
// Pure, time passed in, so the poller is trivial and the rules are unit-tested.

export interface VerificationTimings {
  /** How long a stop may take to show in the list before "still bound". */
  stopDeadlineMs: number;
  /** How long to keep watching for a rebind after the binds are gone. */
  rebindWatchMs: number;
  /** How long the gate's connections have to come back. */
  restartDeadlineMs: number;
}

export const DEFAULT_TIMINGS: VerificationTimings = {
  stopDeadlineMs: 30_000,
  rebindWatchMs: 60_000,
  restartDeadlineMs: 30_000,
};

export type StopVerification =
  | {
      kind: 'stop';
      phase: 'checking';
      startedAt: number;
      deadline: number;
      remaining: number | null;
      failures: number;
      lastFailure?: string;
    }
  | { kind: 'stop'; phase: 'gone'; startedAt: number; goneAt: number; watchUntil: number }
  | {
      kind: 'stop';
      phase: 'rebound';
      startedAt: number;
      goneAt: number;
      reboundAt: number;
      binds: number;
    }
  | { kind: 'stop'; phase: 'stayed-down'; startedAt: number; goneAt: number; watchedUntil: number }
  | { kind: 'stop'; phase: 'still-bound'; startedAt: number; at: number; remaining: number }
  | { kind: 'stop'; phase: 'unverified'; startedAt: number; at: number; reason: string };

export type RestartVerification =
  | {
      kind: 'restart';
      phase: 'checking';
      startedAt: number;
      deadline: number;
      before: string[];
      expected: string[];
      back: number;
      failures: number;
      lastFailure?: string;
    }
  | {
      kind: 'restart';
      phase: 'back';
      startedAt: number;
      at: number;
      expected: number;
      newSessionIds: string[];
    }
  | {
      kind: 'restart';
      phase: 'not-back';
      startedAt: number;
      at: number;
      expected: number;
      back: number;
    }
  | { kind: 'restart'; phase: 'unverified'; startedAt: number; at: number; reason: string };

export type Verification = StopVerification | RestartVerification;

export interface ObservedRow {
  sessionID?: string;
  connectionCName?: string;
  connectionName?: string;
  instNum?: number;
}

/** A connection instance, the unit that must come back after a restart. */
export function instanceKey(row: ObservedRow): string {
  return `${row.connectionCName ?? row.connectionName ?? ''}#${row.instNum ?? ''}`;
}

export function startStopVerification(at: number, timings = DEFAULT_TIMINGS): StopVerification {
  return {
    kind: 'stop',
    phase: 'checking',
    startedAt: at,
    deadline: at + timings.stopDeadlineMs,
    remaining: null,
    failures: 0,
  };
}

export function startRestartVerification(
  at: number,
  before: readonly ObservedRow[],
  timings = DEFAULT_TIMINGS,
): RestartVerification {
  return {
    kind: 'restart',
    phase: 'checking',
    startedAt: at,
    deadline: at + timings.restartDeadlineMs,
    before: before.map((r) => r.sessionID ?? '').filter(Boolean),
    expected: [...new Set(before.map(instanceKey))].sort(),
    back: 0,
    failures: 0,
  };
}

/** One fresh list of the exact-match rows (binds of the auth name, or sessions of the gate). */
export function observe<V extends Verification>(
  state: V,
  at: number,
  rows: readonly ObservedRow[],
  timings = DEFAULT_TIMINGS,
): V {
  return (state.kind === 'stop'
    ? observeStop(state, at, rows, timings)
    : observeRestart(state, at, rows)) as unknown as V;
}

function observeStop(
  state: StopVerification,
  at: number,
  rows: readonly ObservedRow[],
  timings: VerificationTimings,
): StopVerification {
  if (state.phase === 'checking') {
    if (rows.length === 0) {
      return {
        kind: 'stop',
        phase: 'gone',
        startedAt: state.startedAt,
        goneAt: at,
        watchUntil: at + timings.rebindWatchMs,
      };
    }
    return { ...state, remaining: rows.length };
  }
  if (state.phase === 'gone' && rows.length > 0) {
    return {
      kind: 'stop',
      phase: 'rebound',
      startedAt: state.startedAt,
      goneAt: state.goneAt,
      reboundAt: at,
      binds: rows.length,
    };
  }
  return state;
}

function observeRestart(
  state: RestartVerification,
  at: number,
  rows: readonly ObservedRow[],
): RestartVerification {
  if (state.phase !== 'checking') return state;
  const old = new Set(state.before);
  const fresh = rows.filter((r) => r.sessionID && !old.has(r.sessionID));
  const freshKeys = new Set(fresh.map(instanceKey));
  const back = state.expected.length
    ? state.expected.filter((k) => freshKeys.has(k)).length
    : Math.min(fresh.length, 1);
  const needed = Math.max(state.expected.length, 1);
  if (back >= needed) {
    return {
      kind: 'restart',
      phase: 'back',
      startedAt: state.startedAt,
      at,
      expected: state.expected.length,
      newSessionIds: fresh.map((r) => r.sessionID ?? '').sort(),
    };
  }
  return { ...state, back };
}

/** A poll that failed (network, 5xx): keep trying until the deadline, remember why. */
export function observeFailure<V extends Verification>(state: V, reason: string): V {
  if (state.phase !== 'checking') return state;
  return { ...state, failures: state.failures + 1, lastFailure: reason };
}

/** Moves past deadlines and watch windows. */
export function advance<V extends Verification>(state: V, at: number): V {
  if (state.kind === 'stop') {
    if (state.phase === 'checking' && at >= state.deadline) {
      if (state.remaining === null) {
        return {
          kind: 'stop',
          phase: 'unverified',
          startedAt: state.startedAt,
          at,
          reason: state.lastFailure ?? 'the session list could not be read',
        } as V;
      }
      return {
        kind: 'stop',
        phase: 'still-bound',
        startedAt: state.startedAt,
        at,
        remaining: state.remaining,
      } as V;
    }
    if (state.phase === 'gone' && at >= state.watchUntil) {
      return {
        kind: 'stop',
        phase: 'stayed-down',
        startedAt: state.startedAt,
        goneAt: state.goneAt,
        watchedUntil: state.watchUntil,
      } as V;
    }
    return state;
  }
  if (state.phase === 'checking' && at >= state.deadline) {
    if (state.failures > 0 && state.back === 0 && state.lastFailure) {
      return {
        kind: 'restart',
        phase: 'unverified',
        startedAt: state.startedAt,
        at,
        reason: state.lastFailure,
      } as V;
    }
    return {
      kind: 'restart',
      phase: 'not-back',
      startedAt: state.startedAt,
      at,
      expected: state.expected.length,
      back: state.back,
    } as V;
  }
  return state;
}

/** A page reload ends the watching; say so rather than leave "checking…" forever. */
export function interrupt<V extends Verification>(state: V, at: number): V {
  if (isSettled(state)) return state;
  if (state.kind === 'stop' && state.phase === 'gone') {
    return {
      kind: 'stop',
      phase: 'stayed-down',
      startedAt: state.startedAt,
      goneAt: state.goneAt,
      watchedUntil: at,
    } as V;
  }
  return {
    kind: state.kind,
    phase: 'unverified',
    startedAt: state.startedAt,
    at,
    reason: 'watching stopped when the page was reloaded or closed',
  } as V;
}

/** Nothing more to watch. ("gone" is not settled: the rebind watch is still running.) */
export function isSettled(state: Verification): boolean {
  return state.phase !== 'checking' && state.phase !== 'gone';
}

export type VerificationTone = 'pending' | 'success' | 'warning' | 'error';

export function verificationTone(state: Verification): VerificationTone {
  switch (state.phase) {
    case 'checking':
      return 'pending';
    case 'gone':
    case 'stayed-down':
    case 'back':
      return 'success';
    case 'rebound':
    case 'not-back':
    case 'still-bound':
    case 'unverified':
      return 'warning';
  }
}

const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} s`;

/** A sentence for the operator; `time` formats an epoch for display (zone chosen by the caller). */
export function describeVerification(
  state: Verification,
  name: string,
  time: (epochMs: number) => string = (ms) => new Date(ms).toISOString(),
): string {
  if (state.kind === 'stop') {
    switch (state.phase) {
      case 'checking':
        return state.remaining === null
          ? `Checking that the binds of ${name} are gone…`
          : `Waiting for ${state.remaining} bind(s) of ${name} to drop…`;
      case 'gone':
        return `Verified: no bind of ${name} remains (since ${time(state.goneAt)}). Watching for a rebind…`;
      case 'stayed-down':
        return `Verified: no bind of ${name} remains; it did not bind again (watched until ${time(state.watchedUntil)}).`;
      case 'rebound':
        return `Verified stopped at ${time(state.goneAt)}; ${name} bound again at ${time(state.reboundAt)} (${seconds(
          state.reboundAt - state.startedAt,
        )} after the stop) with ${state.binds} bind(s).`;
      case 'still-bound':
        return `Not verified: ${state.remaining} bind(s) of ${name} were still there at ${time(state.at)}.`;
      case 'unverified':
        return `Could not verify the stop of ${name}: ${state.reason}.`;
    }
  }
  switch (state.phase) {
    case 'checking':
      return `Waiting for the connections of ${name} to come back with new session IDs (${state.back} of ${state.expected.length} so far)…`;
    case 'back':
      return `Verified: all ${state.expected} connection instance(s) of ${name} came back with new session IDs (${seconds(
        state.at - state.startedAt,
      )} after the restart).`;
    case 'not-back':
      return `Warning: only ${state.back} of ${state.expected} connection instance(s) of ${name} came back with new session IDs within ${seconds(
        state.at - state.startedAt,
      )}.`;
    case 'unverified':
      return `Could not verify the restart of ${name}: ${state.reason}.`;
  }
}

/** How soon to look again: quick while checking, slower while only watching for a rebind. */
export function nextPollDelay(state: Verification): number | null {
  if (state.phase === 'checking') return 1000;
  if (state.phase === 'gone') return 2000;
  return null;
}
