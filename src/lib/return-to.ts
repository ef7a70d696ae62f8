// Where to send the browser after sign-in: a path on this origin and nothing else, however it is
// encoded. Used by the gateway (/auth/login, /auth/callback) and by the SPA when it builds the
// sign-in link, so both apply one rule.
//
// The value is resolved the way a browser resolves a Location, and the result is checked again:
// "/.//evil.example" and "/%2e%2e//evil.example" resolve to "//evil.example", which a browser
// reads as another host. Checking only the value as given is what once let them through.
const MAX_LENGTH = 2048;
const FALLBACK = '/';
const BASE = 'http://return-to.invalid';

// Control characters, spaces and backslashes anywhere: browsers strip tabs and newlines from a
// URL and read "\" as "/", which is how "/\t/evil.example" or "/\evil.example" become another host.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f\\]/;

/** A path-absolute reference: "/" then anything but a second "/" or "\" (which would start a host). */
function isPlainPath(value: string): boolean {
  return value[0] === '/' && value[1] !== '/' && value[1] !== '\\' && !UNSAFE_CHARACTER.test(value);
}

export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return FALLBACK;
  if (!isPlainPath(value)) return FALLBACK;
  let resolved: string;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return FALLBACK;
    resolved = url.pathname + url.search + url.hash;
  } catch {
    return FALLBACK;
  }
  // Resolving removes dot segments and percent-encodes the rest (the result is ASCII, fit for a
  // Location header); what comes out must still be a plain path, and not grown past the limit.
  if (resolved.length > MAX_LENGTH || !/^[\x21-\x7e]*$/.test(resolved)) return FALLBACK;
  return isPlainPath(resolved) ? resolved : FALLBACK;
}

/** The gateway's sign-in start, asking to come back to `path` (the current path and query). */
export function signInHref(path: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(safeReturnTo(path))}`;
}
