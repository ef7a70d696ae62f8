import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type * as SessionState from './session-state';

// The state is the module's own: each case starts from a fresh copy, as a fresh page does.
let state: typeof SessionState;
beforeEach(async () => {
  vi.resetModules();
  state = await import('./session-state');
});

function watch() {
  return renderHook(() => ({
    signedOut: state.useSignedOut(),
    ended: state.useSessionEnded(),
  }));
}

describe('session state', () => {
  it('a 401 on a page never signed in is a sign-in, not an ended session', () => {
    const { result } = watch();
    act(() => state.markSignedOut());
    expect(result.current).toEqual({ signedOut: true, ended: false });
  });

  it('a 401 after the page was signed in means the session ended', () => {
    const { result } = watch();
    act(() => state.markSignedIn());
    expect(result.current).toEqual({ signedOut: false, ended: false });
    act(() => state.markSignedOut());
    expect(result.current).toEqual({ signedOut: true, ended: true });
    act(() => state.markSignedIn());
    expect(result.current).toEqual({ signedOut: false, ended: false });
  });
});
