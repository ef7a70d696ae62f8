// A first screen the gateway renders (src/server-entry.tsx) is hydrated with exactly what the
// server rendered with: its clock, the colour scheme it knew (from a cookie), and defaults in
// place of the per-browser settings it cannot see. While a render is under way, hooks answer with
// those; the browser's own values take over in the render right after hydration.

export interface ServerRender {
  /** The time the page was rendered at ("12 s ago" must read the same while hydrating). */
  now: number;
  colorScheme: 'light' | 'dark';
}

let current: ServerRender | null = null;

/** Set around a render on the server, and from the page's state until it is hydrated. */
export function setServerRender(render: ServerRender | null): void {
  current = render;
}

/** What the page is rendered with, on the server and while hydrating; otherwise null. */
export function serverRender(): ServerRender | null {
  return current;
}

/** True while a server-rendered first screen is rendered or hydrated. */
export function isServerRendered(): boolean {
  return current !== null;
}
