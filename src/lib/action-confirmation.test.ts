import { describe, expect, it } from 'vitest';
import {
  canConfirm,
  confirmationNote,
  confirmationPhrase,
  isConfirmationTyped,
  needsTypedConfirmation,
} from './action-confirmation';

describe('needsTypedConfirmation', () => {
  it('asks for typing only above 10 binds for a stop', () => {
    expect(needsTypedConfirmation({ kind: 'stop', binds: 10 })).toBe(false);
    expect(needsTypedConfirmation({ kind: 'stop', binds: 11 })).toBe(true);
    expect(needsTypedConfirmation({ kind: 'stop', binds: 3 }, 2)).toBe(true);
  });
  it('always asks for a restart that drops sessions (the whole gate goes down)', () => {
    expect(needsTypedConfirmation({ kind: 'restart', sessions: 1 })).toBe(true);
    expect(needsTypedConfirmation({ kind: 'restart', sessions: 0 })).toBe(false);
  });
  it('sums binds across a bulk stop', () => {
    expect(needsTypedConfirmation({ kind: 'bulk-stop', targets: 3, binds: 9 })).toBe(false);
    expect(needsTypedConfirmation({ kind: 'bulk-stop', targets: 3, binds: 12 })).toBe(true);
    expect(needsTypedConfirmation({ kind: 'bulk-restart', targets: 2, sessions: 4 })).toBe(true);
  });
});

describe('confirmationPhrase and isConfirmationTyped', () => {
  it('is the name itself, or the verb and count for bulk', () => {
    expect(confirmationPhrase({ kind: 'stop', name: 'acme_1' })).toBe('acme_1');
    expect(confirmationPhrase({ kind: 'restart', name: 'gate_x' })).toBe('gate_x');
    expect(confirmationPhrase({ kind: 'bulk-stop', count: 3 })).toBe('stop 3');
    expect(confirmationPhrase({ kind: 'bulk-restart', count: 2 })).toBe('restart 2');
  });
  it('matches exactly and case-sensitively, forgiving surrounding whitespace', () => {
    expect(isConfirmationTyped('acme_1', 'acme_1')).toBe(true);
    expect(isConfirmationTyped('  acme_1 ', 'acme_1')).toBe(true);
    expect(isConfirmationTyped('ACME_1', 'acme_1')).toBe(false);
    expect(isConfirmationTyped('acme_', 'acme_1')).toBe(false);
    expect(isConfirmationTyped('acme_1x', 'acme_1')).toBe(false);
    expect(isConfirmationTyped('', '')).toBe(false);
  });
});

describe('canConfirm', () => {
  const ready = {
    impactStatus: 'ready',
    typedRequired: false,
    typedOk: false,
    sending: false,
  } as const;
  it('needs a loaded impact', () => {
    expect(canConfirm(ready)).toBe(true);
    expect(canConfirm({ ...ready, impactStatus: 'loading' })).toBe(false);
    expect(canConfirm({ ...ready, impactStatus: 'error' })).toBe(false);
  });
  it('needs the phrase when typing is required', () => {
    expect(canConfirm({ ...ready, typedRequired: true })).toBe(false);
    expect(canConfirm({ ...ready, typedRequired: true, typedOk: true })).toBe(true);
  });
  it('is off while a request is in flight', () => {
    expect(canConfirm({ ...ready, sending: true })).toBe(false);
  });
});

describe('confirmationNote', () => {
  it('says why typing is needed, with the threshold', () => {
    expect(confirmationNote({ kind: 'stop', binds: 14 }, 'acme_1')).toBe(
      'This stops 14 binds — more than 10 — so type the auth name to confirm.',
    );
    expect(confirmationNote({ kind: 'bulk-stop', targets: 3, binds: 23 }, 'stop 3')).toBe(
      'This stops 23 binds in total — more than 10 — so type “stop 3” to confirm.',
    );
    expect(confirmationNote({ kind: 'restart', sessions: 5 }, 'gate_x')).toBe(
      'A restart drops every connection of the gate at once (5 here), so type the gate code name to confirm.',
    );
    expect(confirmationNote({ kind: 'bulk-restart', targets: 2, sessions: 7 }, 'restart 2')).toBe(
      'This drops every connection of 2 gates (7 in all), so type “restart 2” to confirm.',
    );
  });
  it('says why one click is enough, and where typing would start', () => {
    expect(confirmationNote({ kind: 'stop', binds: 1 }, 'acme_1')).toBe(
      'This stops 1 bind — 10 or fewer — so one click confirms; more than 10 would need the auth name typed.',
    );
    expect(confirmationNote({ kind: 'stop', binds: 10 }, 'acme_1')).toContain('10 or fewer');
    expect(confirmationNote({ kind: 'stop', binds: 3 }, 'acme_1', 2)).toContain('more than 2');
    expect(confirmationNote({ kind: 'restart', sessions: 0 }, 'gate_x')).toBe(
      'Nothing is connected on this gate right now, so one click confirms.',
    );
  });
});
