import { plural } from './action-impact';

// When the operator must type a name to confirm. A stop of many binds, or a gate restart (which
// always drops every connection of the gate at once), is a large impact; small stops need a click.

export const TYPED_CONFIRMATION_BIND_THRESHOLD = 10;

export type ConfirmationImpact =
  | { kind: 'stop'; binds: number }
  | { kind: 'restart'; sessions: number }
  | { kind: 'bulk-stop'; targets: number; binds: number }
  | { kind: 'bulk-restart'; targets: number; sessions: number };

export function needsTypedConfirmation(
  impact: ConfirmationImpact,
  threshold = TYPED_CONFIRMATION_BIND_THRESHOLD,
): boolean {
  switch (impact.kind) {
    case 'stop':
      return impact.binds > threshold;
    case 'restart':
      // Every connection of the gate goes down together; only an empty gate is harmless.
      return impact.sessions > 0;
    case 'bulk-stop':
      return impact.binds > threshold;
    case 'bulk-restart':
      return impact.sessions > 0;
  }
}

/**
 * Why the dialog asks for typing, or why one click is enough, in the dialog's own words: the rule
 * (and the threshold) is shown where it applies rather than being a surprise.
 */
export function confirmationNote(
  impact: ConfirmationImpact,
  phrase: string,
  threshold = TYPED_CONFIRMATION_BIND_THRESHOLD,
): string {
  const typed = needsTypedConfirmation(impact, threshold);
  switch (impact.kind) {
    case 'stop':
      return typed
        ? `This stops ${plural(impact.binds, 'bind')} — more than ${threshold} — so type the auth name to confirm.`
        : `This stops ${plural(impact.binds, 'bind')} — ${threshold} or fewer — so one click confirms; more than ${threshold} would need the auth name typed.`;
    case 'bulk-stop':
      return typed
        ? `This stops ${plural(impact.binds, 'bind')} in total — more than ${threshold} — so type “${phrase}” to confirm.`
        : `This stops ${plural(impact.binds, 'bind')} in total — ${threshold} or fewer — so one click confirms; more than ${threshold} would need “${phrase}” typed.`;
    case 'restart':
      return typed
        ? `A restart drops every connection of the gate at once (${impact.sessions} here), so type the gate code name to confirm.`
        : 'Nothing is connected on this gate right now, so one click confirms.';
    case 'bulk-restart':
      return typed
        ? `This drops every connection of ${plural(impact.targets, 'gate')} (${impact.sessions} in all), so type “${phrase}” to confirm.`
        : 'Nothing is connected on these gates right now, so one click confirms.';
  }
}

/** What to type: the auth name or gate code name, or for bulk the verb and the count ("stop 3"). */
export function confirmationPhrase(
  target:
    | { kind: 'stop' | 'restart'; name: string }
    | { kind: 'bulk-stop' | 'bulk-restart'; count: number },
): string {
  switch (target.kind) {
    case 'stop':
    case 'restart':
      return target.name;
    case 'bulk-stop':
      return `stop ${target.count}`;
    case 'bulk-restart':
      return `restart ${target.count}`;
  }
}

/**
 * Exact, case-sensitive match (auth names differ by case on real platforms); only surrounding
 * whitespace, which a paste often brings, is forgiven.
 */
export function isConfirmationTyped(typed: string, phrase: string): boolean {
  return phrase.length > 0 && typed.trim() === phrase;
}

export interface ConfirmGate {
  impactStatus: 'loading' | 'error' | 'ready';
  typedRequired: boolean;
  typedOk: boolean;
  sending: boolean;
}

/** The confirm button is live only with a loaded impact, the phrase typed if needed, and nothing in flight. */
export function canConfirm(gate: ConfirmGate): boolean {
  if (gate.sending || gate.impactStatus !== 'ready') return false;
  return !gate.typedRequired || gate.typedOk;
}
