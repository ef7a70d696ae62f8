import { describe, expect, it } from 'vitest';
import {
  canConfirm,
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
