import { describe, expect, it } from 'vitest';
import { createSubstringCounter } from './substring-counter';

describe('createSubstringCounter', () => {
  it('counts occurrences within and across chunks', () => {
    const counter = createSubstringCounter('"sessionID"');
    expect(counter.push('[{"sessionID":"1"},{"sess')).toBe(1);
    expect(counter.push('ionID":"2"},{"sessionID":"3"}')).toBe(3);
    expect(counter.push('')).toBe(3);
    expect(counter.count).toBe(3);
  });

  it('counts a needle split over many one-character chunks once', () => {
    const counter = createSubstringCounter('abc');
    for (const ch of 'xabcabcab') counter.push(ch);
    expect(counter.count).toBe(2);
    counter.push('c');
    expect(counter.count).toBe(3);
  });

  it('does not count the kept tail twice', () => {
    const counter = createSubstringCounter('aa');
    expect(counter.push('aa')).toBe(1);
    expect(counter.push('b')).toBe(1);
  });

  it('ignores an escaped key inside a JSON string value', () => {
    const counter = createSubstringCounter('"sessionID"');
    expect(counter.push(JSON.stringify([{ sessionID: '1', note: '"sessionID"' }]))).toBe(1);
  });
});
