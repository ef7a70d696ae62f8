import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_STALE_SECONDS, useDisplaySettings } from './use-display-settings';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
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
});
