import { isStaleTick, ownerKey } from './aggregate-customers';
import { UNKNOWN, type CustomerSession } from './aggregate-types';

/**
 * A drill-down into customer sessions on attributes the API cannot filter on (owner, state,
 * mode, protocol version, stale, blocked): applied on the client over an `all=yes` list.
 */
export interface CustomerDrill {
  /** Owner key as in the breakdown (`ownerKey`), or undefined for every owner. */
  owner?: string;
  state?: string;
  mode?: string;
  protocolVersion?: string;
  stale?: boolean;
  blocked?: boolean;
}

const TEXT_KEYS = ['owner', 'state', 'mode', 'protocolVersion'] as const;

export function drillToParams(drill: CustomerDrill): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of TEXT_KEYS) {
    const v = drill[k];
    if (v !== undefined) p.set(k, v);
  }
  if (drill.stale) p.set('stale', '1');
  if (drill.blocked) p.set('blocked', '1');
  return p;
}

/** Reads a drill from URL params; anything unexpected is ignored (never throws). */
export function drillFromParams(params: URLSearchParams): CustomerDrill {
  const drill: CustomerDrill = {};
  for (const k of TEXT_KEYS) {
    const v = params.get(k);
    if (v !== null && v.length <= 200) drill[k] = v;
  }
  if (params.get('stale') === '1') drill.stale = true;
  if (params.get('blocked') === '1') drill.blocked = true;
  return drill;
}

export function describeDrill(drill: CustomerDrill, ownerName?: string): string {
  const parts: string[] = [];
  if (drill.owner !== undefined) parts.push(`owner ${ownerName ?? drill.owner}`);
  if (drill.state !== undefined) parts.push(`state ${drill.state}`);
  if (drill.mode !== undefined) parts.push(`mode ${drill.mode}`);
  if (drill.protocolVersion !== undefined) parts.push(`protocol version ${drill.protocolVersion}`);
  if (drill.stale) parts.push('stale');
  if (drill.blocked) parts.push('blocked');
  return parts.length ? parts.join(', ') : 'all sessions';
}

export function matchesDrill(
  s: CustomerSession,
  drill: CustomerDrill,
  now: number,
  staleAfterMs: number,
  platformOffsetMs = 0,
): boolean {
  if (drill.owner !== undefined && ownerKey(s.ownerId) !== drill.owner) return false;
  if (drill.state !== undefined && (s.state || UNKNOWN) !== drill.state) return false;
  if (drill.mode !== undefined && (s.mode || UNKNOWN) !== drill.mode) return false;
  if (
    drill.protocolVersion !== undefined &&
    (s.protocolVersion || UNKNOWN) !== drill.protocolVersion
  ) {
    return false;
  }
  if (drill.blocked && !s.blocked) return false;
  if (drill.stale && !isStaleTick(s.sessionLastTick, now, staleAfterMs, platformOffsetMs)) {
    return false;
  }
  return true;
}
