import { describe, expect, it } from 'vitest';
import { describeDrill, drillFromParams, drillToParams, matchesDrill } from './aggregate-filter';

const now = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('customer drill-down', () => {
  it('round-trips through URL params and ignores junk', () => {
    const drill = { owner: '3', mode: 'TRX', stale: true };
    expect(drillFromParams(drillToParams(drill))).toEqual(drill);
    expect(drillFromParams(new URLSearchParams('stale=yes&blocked=1&foo=bar'))).toEqual({
      blocked: true,
    });
    expect(describeDrill(drill, 'Partner Three')).toBe('owner Partner Three, mode TRX, stale');
  });

  it('matches sessions on every attribute', () => {
    const session = {
      ownerId: 3,
      mode: 'TRX',
      state: 'BOUND',
      protocolVersion: '3.4',
      blocked: false,
      sessionLastTick: '2026-11-25 09:50:00',
    };
    expect(matchesDrill(session, { owner: '3', mode: 'TRX', stale: true }, now, 60_000)).toBe(true);
    expect(matchesDrill(session, { owner: '2' }, now, 60_000)).toBe(false);
    expect(matchesDrill(session, { blocked: true }, now, 60_000)).toBe(false);
    expect(matchesDrill(session, { stale: true }, now, 3_600_000)).toBe(false);
    expect(matchesDrill({ ...session, mode: undefined }, { mode: '(none)' }, now, 60_000)).toBe(
      true,
    );
  });
});
