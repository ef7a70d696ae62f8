// A first screen the gateway renders (src/server-entry.tsx) is hydrated with exactly what the
// server rendered with: its clock, the colour scheme and display preferences it knew (from this
// browser's cookies, lib/pref-cookies), and defaults for anything it could not know. The
// browser's own values take over in the render right after hydration.

export interface ServerRender {
  /** The time the page was rendered at ("12 s ago" must read the same while hydrating). */
  now: number;
  colorScheme: 'light' | 'dark';
  /** Display preferences mirrored in cookies, by name; each reader validates its own. */
  prefs: Record<string, unknown>;
}

let rendered: ServerRender | null = null;
let firstRender = false;

/** Set around a render on the server, and from the page's state before it is hydrated. */
export function setServerRender(render: ServerRender | null): void {
  rendered = render;
  firstRender = render !== null;
}

/**
 * What the page was rendered with. Kept after the first commit: a lazily loaded part of the page
 * (the virtual rows) hydrates later, and must still read the server's clock while it does.
 */
export function serverRender(): ServerRender | null {
  return rendered;
}

/** True on the server and while a server-rendered page's first render hydrates. */
export function isServerRendered(): boolean {
  return firstRender;
}

/** The first render is committed: from here on, values are this browser's own. */
export function endFirstRender(): void {
  firstRender = false;
}

/** A preference the page was rendered with (undefined: none, or not a rendered page). */
export function serverPref(name: string): unknown {
  return rendered && Object.hasOwn(rendered.prefs, name) ? rendered.prefs[name] : undefined;
}
