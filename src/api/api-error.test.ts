import { describe, expect, it } from 'vitest';
import { ApiError, describeApiError, errorFromBody } from './api-error';

describe('describeApiError', () => {
  it('says the plain sentence for a code it knows', () => {
    expect(describeApiError(new ApiError(401, 'UNAUTHENTICATED', 'Not signed in.'))).toBe(
      'Your session has ended. Sign in again.',
    );
  });

  // The code comes from the answer's body: one named like an Object.prototype member is just a
  // code we do not know, described by its status and message.
  it.each([
    ['constructor', 400, 'Unknown filter attribute'],
    ['__proto__', 400, 'Unknown filter attribute'],
    ['toString', 404, 'Not found.'],
    ['hasOwnProperty', 403, 'You do not have the privilege needed to see this.'],
    ['valueOf', 502, 'The platform had a problem (502). Bad gateway'],
  ])('a code %j is not looked up on Object.prototype', (code, status, expected) => {
    const message = status === 502 ? 'Bad gateway' : 'Unknown filter attribute';
    const error = errorFromBody(status, { code, message });
    expect(error.code).toBe(code);
    const text = describeApiError(error);
    expect(typeof text).toBe('string');
    expect(text).toBe(expected);
  });
});
