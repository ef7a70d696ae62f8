import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_STATE_ID, readFirstScreenState } from './first-screen-state';

function page(content: string | null, type = 'application/json') {
  document.body.innerHTML = '<div id="root"></div>';
  if (content === null) return;
  const script = document.createElement('script');
  script.type = type;
  script.id = FIRST_SCREEN_STATE_ID;
  script.textContent = content;
  document.body.append(script);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readFirstScreenState', () => {
  it('reads what the gateway wrote', () => {
    const state = {
      now: 1764547200000,
      colorScheme: 'dark',
      prefs: { display: { timeZone: 'Asia/Tokyo', staleSeconds: 90 } },
      queries: { queries: [], mutations: [] },
    };
    page(JSON.stringify(state).replace(/</g, '\\u003c'));
    expect(readFirstScreenState(document)).toEqual(state);
  });

  it.each([
    ['missing (an older gateway)', undefined],
    ['a list', ['display']],
    ['a string', 'display'],
    ['null', null],
  ])('renders with no preferences when they are %s', (_why, prefs) => {
    page(
      JSON.stringify({
        now: 1,
        colorScheme: 'light',
        prefs,
        queries: { queries: [], mutations: [] },
      }),
    );
    expect(readFirstScreenState(document)?.prefs).toEqual({});
  });

  it('is null on a page the browser renders itself', () => {
    page(null);
    expect(readFirstScreenState(document)).toBeNull();
  });

  it.each([
    ['cut off', '{"now":1,"queries":{"queries":['],
    ['without a clock', '{"colorScheme":"light","queries":{"queries":[],"mutations":[]}}'],
    ['without a colour scheme', '{"now":1,"queries":{"queries":[],"mutations":[]}}'],
    ['without queries', '{"now":1,"colorScheme":"light"}'],
    ['not an object', 'null'],
  ])('is null when the state is %s', (_why, content) => {
    page(content);
    expect(readFirstScreenState(document)).toBeNull();
  });

  it('ignores an element of another type', () => {
    page('{"now":1,"colorScheme":"light","queries":{"queries":[],"mutations":[]}}', 'text/plain');
    expect(readFirstScreenState(document)).toBeNull();
  });
});
