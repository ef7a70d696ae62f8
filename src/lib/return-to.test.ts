import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInHref } from './return-to';

const ORIGIN = 'http://console.test';

/** Whatever comes out, a browser resolving it against the console stays on the console. */
function expectSameOrigin(location: string) {
  expect(new URL(location, ORIGIN).origin).toBe(ORIGIN);
  expect(location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
}

/** A test name: the value as JSON, long ones cut. */
function label(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 50 ? `${text.slice(0, 40)}… (${text.length} characters)` : text;
}

describe('safeReturnTo', () => {
  it.each([
    ['/customer-sessions?q=acme&sort=-loginTime', '/customer-sessions?q=acme&sort=-loginTime'],
    ['/', '/'],
    ['/a/b#c', '/a/b#c'],
    [
      '/supplier-sessions?f=eq(ownerBpName):Acme%20Ltd',
      '/supplier-sessions?f=eq(ownerBpName):Acme%20Ltd',
    ],
    ['/customer-sessions?q=müller', '/customer-sessions?q=m%C3%BCller'],
  ])('keeps the same-origin path %j', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each(
    [
      // dot segments that resolve to a second leading slash
      ['/.//evil.example', '/'],
      ['/..//evil.example', '/'],
      ['/%2e%2e//evil.example', '/'],
      ['/%2E%2E//evil.example', '/'],
      ['/%2e//evil.example', '/'],
      ['/.%2e//evil.example', '/'],
      ['/a/..//evil.example', '/'],
      ['/././/evil.example', '/'],
      ['/.///evil.example', '/'],
      ['/../../evil.example', '/evil.example'],
      // percent-encoded slashes and backslashes stay encoded: a path on this origin
      ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
      ['/.%2F%2Fevil.example', '/.%2F%2Fevil.example'],
      ['/%5C%5Cevil.example', '/%5C%5Cevil.example'],
      // slashes and backslashes that start a host
      ['//evil.example', '/'],
      ['///evil.example', '/'],
      ['/\\evil.example', '/'],
      ['\\\\evil.example', '/'],
      ['/\\/evil.example', '/'],
      ['/.\\/evil.example', '/'],
      ['/a\\b', '/'],
      // what browsers strip: tabs, newlines, spaces, controls
      ['/\t/evil.example', '/'],
      ['/\n/evil.example', '/'],
      ['/\r/evil.example', '/'],
      ['\t//evil.example', '/'],
      [' //evil.example', '/'],
      ['/\u0000/evil.example', '/'],
      ['/x\u007f', '/'],
      ['/x\r\nSet-Cookie: a=b', '/'],
      ['/%09/evil.example', '/%09/evil.example'],
      ['/%0d%0aSet-Cookie:x=1', '/%0d%0aSet-Cookie:x=1'],
      // Unicode look-alikes of "/" and "\" (and spaces) are percent-encoded path characters
      ['/\uff0fevil.example', '/%EF%BC%8Fevil.example'],
      ['\uff0f\uff0fevil.example', '/'],
      ['/\u2215evil.example', '/%E2%88%95evil.example'],
      ['/\u2044evil.example', '/%E2%81%84evil.example'],
      ['/\uff3cevil.example', '/%EF%BC%BCevil.example'],
      ['/\u3000/evil.example', '/%E3%80%80/evil.example'],
      ['/\u2028/evil.example', '/%E2%80%A8/evil.example'],
      ['/\ufeff/evil.example', '/%EF%BB%BF/evil.example'],
      // schemes and hosts
      ['https://evil.example/', '/'],
      ['https:evil.example', '/'],
      ['javascript:alert(1)', '/'],
      ['JaVaScRiPt:alert(1)', '/'],
      ['/javascript:alert(1)', '/javascript:alert(1)'],
      ['data:text/html,x', '/'],
      ['evil.example', '/'],
      ['/@evil.example', '/@evil.example'],
      // query and fragment cannot change the origin
      ['/?//evil.example', '/?//evil.example'],
      ['/#//evil.example', '/#//evil.example'],
      // lengths and types
      ['/' + 'a'.repeat(3000), '/'],
      ['/' + 'ü'.repeat(1000), '/'],
      ['', '/'],
      [undefined, '/'],
      [null, '/'],
      [42, '/'],
      [['/a'], '/'],
    ].map(([value, expected]) => [label(value), expected, value] as const),
  )('%s → %j', (_label, expected, value) => {
    const result = safeReturnTo(value);
    expect(result).toBe(expected);
    expectSameOrigin(result);
  });
});

describe('signInHref', () => {
  it('asks to come back to the path and query', () => {
    expect(signInHref('/customer-sessions?q=acme')).toBe(
      '/auth/login?returnTo=%2Fcustomer-sessions%3Fq%3Dacme',
    );
  });

  it.each(['//evil.example/x', '/.//evil.example', '/\\evil.example'])(
    'never asks for another origin (%j)',
    (path) => {
      expect(signInHref(path)).toBe('/auth/login?returnTo=%2F');
    },
  );
});
