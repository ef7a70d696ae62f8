// Value → count tables keyed by what the platform sends (states, modes, protocol versions,
// statuses). Those are outside input: a state named "constructor" or "__proto__" must count like
// any other, so a table has no prototype while it is filled and is read by own properties only
// (after the worker posts it to the page, it has Object's prototype again).
import type { Counts } from './aggregate-types';

export function newCounts(): Counts {
  return Object.create(null) as Counts;
}

/** How many of `key`: 0 for a value not counted, whatever Object.prototype holds. */
export function countOf(counts: Readonly<Counts>, key: string): number {
  return Object.hasOwn(counts, key) ? (counts[key] as number) : 0;
}

export function bump(counts: Counts, key: string, by = 1): void {
  counts[key] = countOf(counts, key) + by;
}

export function mergeCounts(into: Counts, from: Readonly<Counts>): void {
  for (const key of Object.keys(from)) bump(into, key, countOf(from, key));
}
