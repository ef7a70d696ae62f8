// What a stop or a restart will drop, computed from a fresh `q=<name>&all=yes` answer. `q` is a
// substring search over several attributes, so only exact matches of the acted-on name count.

export interface BindLike {
  sessionID?: string;
  authName?: string;
  ipAddr?: string;
  serverAddr?: string | null;
}

export interface ConnectionLike {
  sessionID?: string;
  gateCName?: string;
  gateName?: string;
  supplier?: string;
  connectionCName?: string;
  connectionName?: string;
  instNum?: number;
  status?: string;
}

export interface Counted {
  value: string;
  count: number;
}

export interface StopImpact {
  authName: string;
  binds: number;
  ips: Counted[];
  servers: Counted[];
  sessionIds: string[];
}

export interface GateConnectionImpact {
  connectionCName: string;
  connectionName: string;
  instances: number[];
  sessions: number;
}

export interface RestartImpact {
  gateCName: string;
  gateName: string;
  supplier: string;
  connections: GateConnectionImpact[];
  sessions: number;
  sessionIds: string[];
}

/** Distinct values with their counts, most frequent first, then by value (stable for tests). */
export function countValues(values: Iterable<string>): Counted[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function exactAuthNameMatches<T extends BindLike>(
  rows: readonly T[],
  authName: string,
): T[] {
  return rows.filter((r) => r.authName === authName);
}

export function exactGateMatches<T extends ConnectionLike>(
  rows: readonly T[],
  gateCName: string,
): T[] {
  return rows.filter((r) => r.gateCName === gateCName);
}

export function summarizeStopImpact(authName: string, rows: readonly BindLike[]): StopImpact {
  const binds = exactAuthNameMatches(rows, authName);
  return {
    authName,
    binds: binds.length,
    ips: countValues(binds.map((b) => b.ipAddr || 'unknown IP')),
    servers: countValues(binds.map((b) => b.serverAddr || 'unknown server')),
    sessionIds: binds.map((b) => b.sessionID ?? '').filter(Boolean),
  };
}

export function summarizeRestartImpact(
  gateCName: string,
  rows: readonly ConnectionLike[],
): RestartImpact {
  const sessions = exactGateMatches(rows, gateCName);
  const byConnection = new Map<string, GateConnectionImpact>();
  for (const s of sessions) {
    const key = s.connectionCName ?? s.connectionName ?? '';
    let c = byConnection.get(key);
    if (!c) {
      c = {
        connectionCName: s.connectionCName ?? '',
        connectionName: s.connectionName ?? s.connectionCName ?? '',
        instances: [],
        sessions: 0,
      };
      byConnection.set(key, c);
    }
    c.sessions++;
    if (typeof s.instNum === 'number' && !c.instances.includes(s.instNum))
      c.instances.push(s.instNum);
  }
  const connections = [...byConnection.values()]
    .map((c) => ({ ...c, instances: [...c.instances].sort((a, b) => a - b) }))
    .sort((a, b) => a.connectionCName.localeCompare(b.connectionCName));
  const first = sessions[0];
  return {
    gateCName,
    gateName: first?.gateName ?? '',
    supplier: first?.supplier ?? '',
    connections,
    sessions: sessions.length,
    sessionIds: sessions.map((s) => s.sessionID ?? '').filter(Boolean),
  };
}

/** "3 binds", "1 bind": counts in words people read aloud. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One plain sentence, also used in the audit-friendly Recent actions list. */
export function describeStopImpact(impact: StopImpact): string {
  if (impact.binds === 0) return `No bind of ${impact.authName} is active right now.`;
  return `${plural(impact.binds, 'bind')} of ${impact.authName} will drop now, from ${plural(
    impact.ips.length,
    'IP address',
    'IP addresses',
  )} on ${plural(impact.servers.length, 'server')}.`;
}

export function describeRestartImpact(impact: RestartImpact): string {
  if (impact.sessions === 0) return `Gate ${impact.gateCName} has no live sessions right now.`;
  const instances = impact.connections.reduce((n, c) => n + c.instances.length, 0);
  return `${plural(impact.sessions, 'session')} on ${plural(
    impact.connections.length,
    'connection',
  )} (${plural(instances, 'instance')}) of gate ${impact.gateCName} will drop.`;
}

/** The distinct, non-empty names of the selected rows, in first-selected order. */
export function distinctNames(names: Iterable<string | undefined | null>): string[] {
  const seen = new Set<string>();
  for (const n of names) if (n) seen.add(n);
  return [...seen];
}
