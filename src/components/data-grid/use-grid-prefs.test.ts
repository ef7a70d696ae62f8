import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setServerRender } from '../../lib/server-render';
import { useGridPrefs } from './use-grid-prefs';

const KNOWN = { all: ['sessionID', 'customer', 'ipAddr'], hideable: ['customer', 'ipAddr'] };
const COOKIE = 'console-pref-grid-customer-sessions';

afterEach(() => {
  cleanup();
  setServerRender(null);
  window.localStorage.clear();
  document.cookie = `${COOKIE}=; path=/customer-sessions; max-age=0`;
  window.history.replaceState(null, '', '/');
});

describe('useGridPrefs', () => {
  it('mirrors chosen preferences into a cookie sent with the grid’s page only', () => {
    const { result } = renderHook(() => useGridPrefs('customer-sessions', KNOWN));
    act(() => result.current.setDensity('compact'));
    expect(document.cookie).toBe('');
    window.history.replaceState(null, '', '/customer-sessions');
    expect(decodeURIComponent(document.cookie)).toBe(
      `${COOKIE}={"cols":null,"widths":{},"density":"compact"}`,
    );
    act(() => result.current.setDensity('comfortable'));
    expect(document.cookie).toBe('');
  });

  it('hydrates with the validated preferences the page was rendered with', () => {
    setServerRender({
      now: 1,
      colorScheme: 'light',
      prefs: { 'grid-customer-sessions': { cols: ['evil', 'ipAddr'], density: 'compact' } },
    });
    const seen: unknown[] = [];
    renderHook(
      () => {
        const { prefs } = useGridPrefs('customer-sessions', KNOWN);
        seen.push(prefs);
        return prefs;
      },
      { hydrate: true },
    );
    expect(seen[0]).toEqual({ cols: ['ipAddr'], widths: {}, density: 'compact' });
  });
});
