import { act, cleanup, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setServerRender } from '../lib/server-render';
import { DEFAULT_STALE_SECONDS, useDisplaySettings } from './use-display-settings';

afterEach(() => {
  cleanup();
  setServerRender(null);
  window.localStorage.clear();
  document.cookie = 'console-pref-display=; path=/; max-age=0';
});

describe('useDisplaySettings', () => {
  it('falls back to defaults when storage holds hostile values', () => {
    window.localStorage.setItem('sms-console-platform-time-zone', '"Mars/Olympus"');
    window.localStorage.setItem('sms-console-stale-seconds', '{not json');
    const { result } = renderHook(() => useDisplaySettings());
    expect(result.current.timeZone).toBe('UTC');
    expect(result.current.staleSeconds).toBe(DEFAULT_STALE_SECONDS);
  });

  it('shares one value between every reader and stores it', () => {
    const a = renderHook(() => useDisplaySettings());
    const b = renderHook(() => useDisplaySettings());
    act(() => a.result.current.setTimeZone('Europe/Zurich'));
    act(() => a.result.current.setStaleSeconds(120));
    expect(b.result.current.timeZone).toBe('Europe/Zurich');
    expect(b.result.current.staleSeconds).toBe(120);
    expect(window.localStorage.getItem('sms-console-stale-seconds')).toBe('120');
  });

  it('follows a change made in another tab', () => {
    const { result } = renderHook(() => useDisplaySettings());
    window.localStorage.setItem('sms-console-stale-seconds', '300');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'sms-console-stale-seconds' }));
    });
    expect(result.current.staleSeconds).toBe(300);
  });

  it('mirrors settings other than the defaults into the cookie the gateway renders with', () => {
    const { result } = renderHook(() => useDisplaySettings());
    expect(document.cookie).toBe('');
    act(() => result.current.setTimeZone('Asia/Tokyo'));
    expect(decodeURIComponent(document.cookie)).toBe(
      'console-pref-display={"timeZone":"Asia/Tokyo","staleSeconds":60}',
    );
    act(() => result.current.setTimeZone('UTC'));
    expect(document.cookie).toBe('');
  });

  it('hydrates with the settings the page was rendered with, then takes this browser’s own', () => {
    window.localStorage.setItem('sms-console-platform-time-zone', '"Europe/Zurich"');
    setServerRender({
      now: 1,
      colorScheme: 'light',
      prefs: { display: { timeZone: 'Asia/Tokyo', staleSeconds: 'soon' } },
    });
    const seen: [string, number][] = [];
    const { result } = renderHook(
      () => {
        const settings = useDisplaySettings();
        seen.push([settings.timeZone, settings.staleSeconds]);
        return settings;
      },
      { hydrate: true },
    );
    // The cookie's valid zone and, for its bad threshold, the default.
    expect(seen[0]).toEqual(['Asia/Tokyo', DEFAULT_STALE_SECONDS]);
    expect(result.current.timeZone).toBe('Europe/Zurich');
  });

  it('keeps one copy while a page of readers replaces another', async () => {
    const seen: string[] = [];
    const Reader = ({ id }: { id: string }) => {
      useDisplaySettings();
      seen.push(id);
      return null;
    };
    const Page = ({ ids }: { ids: string[] }) => ids.map((id) => <Reader key={id} id={id} />);
    const { rerender } = render(<Page ids={['a', 'b']} />);
    seen.length = 0;
    rerender(<Page ids={['c', 'd']} />);
    // Re-reading storage for the new page would hand it a new object and render it twice.
    expect(seen).toEqual(['c', 'd']);
    // Once nothing reads them, the next reader reads storage again (another tab may have written).
    cleanup();
    await Promise.resolve();
    window.localStorage.setItem('sms-console-stale-seconds', '90');
    const { result } = renderHook(() => useDisplaySettings());
    expect(result.current.staleSeconds).toBe(90);
  });
});
