import { isStaleTick } from './aggregate-customers';
import { parsePlatformTime } from './aggregate-time';
import type { Counts, CustomerSession } from './aggregate-types';
import { bump, newCounts } from './counts';

export interface BindSummary {
  binds: number;
  ips: string[];
  servers: string[];
  /** Mode -> count, most frequent first. */
  modes: [string, number][];
  protocolVersions: [string, number][];
  /** Earliest session start, as the platform sent it (undefined when none parse). */
  boundSince: string | undefined;
  boundSinceMs: number | undefined;
  latestTick: string | undefined;
  stale: number;
  blocked: number;
  /** One line of plain text, e.g. "7 binds from 3 IPs · 4 TRX, 2 TX, 1 RX · bound since 09:12 · 1 stale". */
  text: string;
}

export interface BindSummaryOptions {
  now: number;
  staleAfterMs: number;
  platformOffsetMs?: number;
  /** Formats the earliest start for the text; default: the platform time's HH:mm. */
  formatTime?: (platformTime: string, epochMs: number) => string;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function ranked(counts: Counts): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const defaultFormat = (platformTime: string) => platformTime.slice(11, 16);

/** The numbers and the one-line text describing a set of binds (one auth name's, or one account's). */
export function summarizeBinds(
  sessions: readonly CustomerSession[],
  options: BindSummaryOptions,
): BindSummary {
  const { now, staleAfterMs, platformOffsetMs = 0, formatTime = defaultFormat } = options;
  const ips = new Set<string>();
  const servers = new Set<string>();
  const modes = newCounts();
  const versions = newCounts();
  let boundSince: string | undefined;
  let boundSinceMs: number | undefined;
  let latestTick: string | undefined;
  let latestTickMs = -Infinity;
  let stale = 0;
  let blocked = 0;
  for (const s of sessions) {
    if (s.ipAddr) ips.add(s.ipAddr);
    if (s.serverAddr) servers.add(s.serverAddr);
    if (s.mode) bump(modes, s.mode);
    if (s.protocolVersion) bump(versions, s.protocolVersion);
    const start = parsePlatformTime(s.sessionStart, platformOffsetMs);
    if (!Number.isNaN(start) && (boundSinceMs === undefined || start < boundSinceMs)) {
      boundSinceMs = start;
      boundSince = s.sessionStart;
    }
    const tick = parsePlatformTime(s.sessionLastTick, platformOffsetMs);
    if (!Number.isNaN(tick) && tick > latestTickMs) {
      latestTickMs = tick;
      latestTick = s.sessionLastTick;
    }
    if (isStaleTick(s.sessionLastTick, now, staleAfterMs, platformOffsetMs)) stale++;
    if (s.blocked) blocked++;
  }
  const modeList = ranked(modes);
  const parts: string[] = [];
  if (sessions.length === 0) {
    parts.push('No binds');
  } else {
    parts.push(`${plural(sessions.length, 'bind')} from ${plural(ips.size, 'IP')}`);
    if (modeList.length) parts.push(modeList.map(([m, n]) => `${n} ${m}`).join(', '));
    if (boundSince !== undefined && boundSinceMs !== undefined) {
      parts.push(`bound since ${formatTime(boundSince, boundSinceMs)}`);
    }
    if (stale) parts.push(`${stale} stale`);
    if (blocked) parts.push(`${blocked} blocked`);
  }
  return {
    binds: sessions.length,
    ips: [...ips].sort(),
    servers: [...servers].sort(),
    modes: modeList,
    protocolVersions: ranked(versions),
    boundSince,
    boundSinceMs,
    latestTick,
    stale,
    blocked,
    text: parts.join(' · '),
  };
}
