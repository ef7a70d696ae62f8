import { describe, expect, it } from 'vitest';
import { summarizeBinds } from '../../lib/aggregate-binds';
import { ticketText } from './ticket-text';

describe('ticketText', () => {
  it('writes the summary and details as plain lines', () => {
    const summary = summarizeBinds(
      [
        {
          authName: 'acme1',
          ipAddr: '192.0.2.1',
          serverAddr: 'smpp1',
          mode: 'TRX',
          protocolVersion: '3.4',
          sessionStart: '2026-11-25 09:12:00',
          sessionLastTick: '2026-11-25 09:59:59',
        },
      ],
      { now: Date.UTC(2026, 10, 25, 10), staleAfterMs: 60_000 },
    );
    expect(
      ticketText({ label: 'Auth name', value: 'acme1' }, summary, '2026-11-25 11:00:00', 'UTC'),
    ).toBe(
      [
        'Auth name: acme1',
        '1 bind from 1 IP · 1 TRX · bound since 09:12',
        'IPs: 192.0.2.1',
        'Servers: smpp1',
        'Modes: TRX (1)',
        'Protocol versions: 3.4 (1)',
        'Earliest bind: 2026-11-25 09:12:00 (platform time, UTC)',
        'Latest tick: 2026-11-25 09:59:59 (platform time, UTC)',
        'Checked: 2026-11-25 11:00:00',
      ].join('\n'),
    );
  });
});
