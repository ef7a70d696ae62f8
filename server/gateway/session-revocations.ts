// Sessions that were signed out. The session cookie is self-contained (sealed, no server-side
// store), so a copy taken before sign-out would stay good until it expires: every signed-in
// session carries an id, and sign-out lists that id here until no copy of the cookie can still
// be valid. The gateway refuses a listed id on every request before any route reads the session.
//
// In process memory for now: a replica only knows the sign-outs it served (README, "Several
// replicas"). A shared store can implement the same two calls.

export interface SessionRevocations {
  /** Refuse `id` until `until` (epoch ms); resolves once this replica refuses it. */
  revoke(id: string, until: number): void | Promise<void>;
  isRevoked(id: string): boolean | Promise<boolean>;
}

export interface MemoryRevocationsOptions {
  /** At most this many ids are held; past it the oldest goes first (and onOverflow is told). */
  maxEntries?: number;
  now?: () => number;
  onOverflow?: (dropped: string) => void;
}

export const DEFAULT_MAX_REVOCATIONS = 100_000;

export function createMemoryRevocations(options: MemoryRevocationsOptions = {}) {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_REVOCATIONS;
  const now = options.now ?? Date.now;
  // Insertion order is about expiry order (every entry lives one cookie lifetime), so expired
  // entries gather at the front.
  const until = new Map<string, number>();

  function pruneFront(t: number) {
    for (const [id, end] of until) {
      if (end > t) return;
      until.delete(id);
    }
  }

  function pruneAll(t: number) {
    for (const [id, end] of until) if (end <= t) until.delete(id);
  }

  return {
    revoke(id: string, end: number): void {
      const t = now();
      if (end <= t) return;
      pruneFront(t);
      const known = until.get(id);
      if (known !== undefined) {
        // Kept at its place in the order: the later end wins.
        if (end > known) until.set(id, end);
        return;
      }
      if (until.size >= maxEntries) pruneAll(t);
      while (until.size >= maxEntries) {
        const oldest = until.keys().next().value as string;
        until.delete(oldest);
        options.onOverflow?.(oldest);
      }
      until.set(id, end);
    },

    isRevoked(id: string): boolean {
      const end = until.get(id);
      if (end === undefined) return false;
      if (end > now()) return true;
      until.delete(id);
      return false;
    },

    /** How many ids are held (expired ones included until pruned). */
    get size(): number {
      return until.size;
    },
  } satisfies SessionRevocations & { readonly size: number };
}
