import { describe, expect, it } from 'vitest';
import { summarizeBinds } from './aggregate-binds';
import type { CustomerSession } from './aggregate-types';

const now = Date.UTC(2026, 10, 25, 10, 0, 0);
const bind = (ip: string, mode: string, start: string, tick = '2026-11-25 09:59:55') =>
  ({
    authName: 'acme1',
    ipAddr: ip,
    serverAddr: 'smpp1',
    mode,
    protocolVersion: '3.4',
    sessionStart: start,
    sessionLastTick: tick,
  }) satisfies CustomerSession;

describe('summarizeBinds', () => {
  it('produces the numbers and the support-ticket line', () => {
    const binds = [
      bind('192.0.2.1', 'TRX', '2026-11-25 09:30:00'),
      bind('192.0.2.1', 'TRX', '2026-11-25 09:12:41'),
      bind('192.0.2.2', 'TRX', '2026-11-25 09:40:00'),
      bind('192.0.2.2', 'TRX', '2026-11-25 09:41:00'),
      bind('192.0.2.3', 'TX', '2026-11-25 09:50:00'),
      bind('192.0.2.3', 'TX', '2026-11-25 09:51:00', '2026-11-25 09:50:00'),
      bind('192.0.2.3', 'RX', '2026-11-25 09:52:00'),
    ];
    const summary = summarizeBinds(binds, { now, staleAfterMs: 60_000 });
    expect(summary).toMatchObject({
      binds: 7,
      ips: ['192.0.2.1', '192.0.2.2', '192.0.2.3'],
      modes: [
        ['TRX', 4],
        ['TX', 2],
        ['RX', 1],
      ],
      boundSince: '2026-11-25 09:12:41',
      stale: 1,
      blocked: 0,
    });
    expect(summary.text).toBe(
      '7 binds from 3 IPs · 4 TRX, 2 TX, 1 RX · bound since 09:12 · 1 stale',
    );
  });

  it('uses singular words, shows blocked and a custom time format', () => {
    const summary = summarizeBinds(
      [{ ...bind('192.0.2.9', 'RX', '2026-11-25 08:00:00'), blocked: true }],
      {
        now,
        staleAfterMs: 60_000,
        formatTime: (_raw, ms) => new Date(ms + 3_600_000).toISOString().slice(11, 16),
      },
    );
    expect(summary.text).toBe('1 bind from 1 IP · 1 RX · bound since 09:00 · 1 blocked');
  });

  it('says so when there are no binds', () => {
    expect(summarizeBinds([], { now, staleAfterMs: 60_000 }).text).toBe('No binds');
  });
});

describe('modes and versions named like Object.prototype members', () => {
  it('are counted like any other value', () => {
    const summary = summarizeBinds(
      [
        {
          ...bind('192.0.2.1', 'constructor', '2026-11-25 09:30:00'),
          protocolVersion: '__proto__',
        },
        { ...bind('192.0.2.1', 'constructor', '2026-11-25 09:31:00'), protocolVersion: 'toString' },
        bind('192.0.2.2', 'TRX', '2026-11-25 09:32:00'),
      ],
      { now, staleAfterMs: 60_000 },
    );
    expect(summary.modes).toEqual([
      ['constructor', 2],
      ['TRX', 1],
    ]);
    expect(summary.protocolVersions).toEqual([
      ['__proto__', 1],
      ['3.4', 1],
      ['toString', 1],
    ]);
  });
});
