import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/customer-sessions?q=acme&sort=-loginTime', '/customer-sessions?q=acme&sort=-loginTime'],
    ['/', '/'],
    ['/a/b#c', '/a/b#c'],
  ])('keeps same-origin path %j', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'data:text/html,x',
    'evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/x\r\nSet-Cookie: a=b',
    '',
    undefined,
    ['/a'],
    '/' + 'a'.repeat(3000),
  ])('falls back to / for %j', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});
