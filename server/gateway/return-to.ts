// Where to send the browser after sign-in: only a path on this origin, never anything a browser
// could read as another origin (//host, /\host), a scheme (javascript:) or a header-splitting string.
const MAX_LENGTH = 2048;

export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return '/';
  if (value[0] !== '/') return '/';
  if (value[1] === '/' || value[1] === '\\') return '/';
  // Control characters, spaces and backslashes anywhere: browsers strip or rewrite them, which is
  // how "/\t/evil.example" style payloads turn into cross-origin URLs.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return '/';
  // Resolving against a dummy origin must keep it: a final guard against anything we did not think of.
  try {
    const base = 'http://return-to.invalid';
    const url = new URL(value, base);
    if (url.origin !== base) return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}
