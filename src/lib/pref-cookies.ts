// Per-browser display preferences live in localStorage, which only the browser can read. The ones
// a grid page is rendered with (time zone, stale threshold, columns, density) are mirrored into
// cookies, so that the gateway's first-screen render (src/server-entry.tsx) draws the page as
// this browser will: no flash of default columns or UTC times while it hydrates.
//
// The gateway hands the renderer only the cookies named with this prefix (never the session).
export const PREF_COOKIE_PREFIX = 'console-pref-';

/** Past this, a preference is not mirrored (the page then renders it as the default). */
export const MAX_PREF_COOKIE_LENGTH = 2_000;

const YEAR_SECONDS = 31_536_000;

/** The `document.cookie` assignment that stores `value` (null: removes it) as `name`. */
export function prefCookie(
  name: string,
  value: unknown,
  { path = '/', secure = false }: { path?: string; secure?: boolean } = {},
): string {
  const encoded = value === null ? '' : encodeURIComponent(JSON.stringify(value));
  const keep = encoded !== '' && encoded.length <= MAX_PREF_COOKIE_LENGTH;
  return [
    `${PREF_COOKIE_PREFIX}${name}=${keep ? encoded : ''}`,
    `path=${path}`,
    `max-age=${keep ? YEAR_SECONDS : 0}`,
    'samesite=lax',
    ...(secure ? ['secure'] : []),
  ].join('; ');
}

/** Mirrors `value` (null: nothing to mirror) into the cookie `name`, sent to `path` and below. */
export function writePrefCookie(name: string, value: unknown, path = '/'): void {
  if (typeof document === 'undefined') return;
  document.cookie = prefCookie(name, value, { path, secure: location.protocol === 'https:' });
}

/**
 * The preferences among `cookies` (name → value, percent-decoded as the gateway's cookie parser
 * gives them), by name without the prefix. Cookies are the visitor's to edit: what is not JSON is
 * dropped, and every reader validates the value it takes as it does a stored one.
 */
export function parsePrefCookies(
  cookies: Readonly<Record<string, string | undefined>>,
): Record<string, unknown> {
  // No prototype: a cookie named console-pref-__proto__ is one more (unused) entry, not the
  // object's prototype.
  const prefs = Object.create(null) as Record<string, unknown>;
  for (const [name, raw] of Object.entries(cookies)) {
    if (!name.startsWith(PREF_COOKIE_PREFIX) || !raw || raw.length > MAX_PREF_COOKIE_LENGTH) {
      continue;
    }
    try {
      prefs[name.slice(PREF_COOKIE_PREFIX.length)] = JSON.parse(raw);
    } catch {
      // Not one we wrote: the page renders that preference as the default.
    }
  }
  return prefs;
}
