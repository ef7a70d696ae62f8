// Sorting a whole population fast: each key becomes dense integer ranks (equal keys share a rank),
// then stable counting sorts, least significant key first, give the multi-key order in a few linear
// passes. Comparator sorts of 100k rows cost ~150-300 ms (1.7M calls); this costs a few ms.
import { compareSortValues, compareText, type SortValue } from './resources';

export interface Ranks {
  /** Rank of each row's key, by slot, in compareSortValues order; null keys rank 0 (first). */
  ranks: Uint32Array;
  /** Number of distinct ranks: every rank is below it. */
  count: number;
}

export interface RankedTerm extends Ranks {
  desc: boolean;
}

/** Dense ranks of the keys, consistent with compareSortValues (same rank iff it returns 0). */
export function rankKeys(keys: readonly SortValue[]): Ranks {
  const n = keys.length;
  let nulls: Uint8Array | null = null;
  let strings = false;
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    if (v === null) (nulls ??= new Uint8Array(n))[i] = 1;
    else if (typeof v !== 'number') strings = true;
  }
  // Text keys (or a mix, which no resource has): compareSortValues decides ties too.
  if (strings) return rankDistinct(keys, nulls ? 1 : 0);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = (keys[i] as number | null) ?? 0;
  return rankNumbers(values, nulls);
}

/**
 * Ranks of distinct text values (case-insensitive code-point order, as compareSortValues), from 1:
 * rank 0 is left for null. Values equal once lower-cased share a rank.
 */
export function rankDictionary(values: readonly string[]): { rankOf: Uint32Array; count: number } {
  const lowered = values.map((v) => v.toLowerCase());
  const refs = Int32Array.from(lowered, (_, i) => i);
  const { ranks, count } = ranksFromRefs(refs, lowered, 1, compareText);
  return { rankOf: ranks, count };
}

function rankDistinct(keys: readonly SortValue[], base: number): Ranks {
  const n = keys.length;
  const index = new Map<SortValue, number>();
  const values: SortValue[] = [];
  const refs = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = keys[i] as SortValue;
    if (v === null) {
      refs[i] = -1;
      continue;
    }
    let ref = index.get(v);
    if (ref === undefined) {
      ref = values.length;
      index.set(v, ref);
      values.push(v);
    }
    refs[i] = ref;
  }
  return ranksFromRefs(refs, values, base, compareSortValues);
}

/** refs: each row's index into values, -1 for null (rank 0 when base is 1). */
function ranksFromRefs<V>(
  refs: Int32Array,
  values: readonly V[],
  base: number,
  compare: (a: V, b: V) => number,
): Ranks {
  const byValue = Array.from({ length: values.length }, (_, i) => i);
  byValue.sort((a, b) => compare(values[a] as V, values[b] as V));
  const rankOf = new Uint32Array(values.length);
  let rank = base - 1;
  for (let k = 0; k < byValue.length; k++) {
    const ref = byValue[k] as number;
    const prev = byValue[k - 1];
    if (prev === undefined || compare(values[prev] as V, values[ref] as V) !== 0) rank++;
    rankOf[ref] = rank;
  }
  const n = refs.length;
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const ref = refs[i] as number;
    if (ref >= 0) ranks[i] = rankOf[ref] as number;
  }
  return { ranks, count: rank + 1 };
}

// 11-bit digits: the per-digit counts (8 KB) stay in cache while rows scatter.
const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
const DIGITS = 6;

/**
 * Numbers by an LSD radix sort, 11 bits a pass, skipping digits every row shares; then equal values
 * get equal ranks. Integers spanning < 2^32 (times, IDs, counts) sort by their offset from the
 * least; others by their IEEE-754 bits made unsigned-comparable. Rows flagged in `nulls` rank 0.
 * Overwrites -0 in `values` with 0 (compareSortValues ties them).
 */
export function rankNumbers(values: Float64Array, nulls: Uint8Array | null): Ranks {
  const n = values.length;
  const base = nulls ? 1 : 0;
  let least = Infinity;
  let most = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v === 0) values[i] = 0;
    if (nulls && nulls[i]) continue;
    if (v < least) least = v;
    if (v > most) most = v;
    if (integers && !Number.isSafeInteger(v)) integers = false;
  }
  const digits = new Uint16Array(n * DIGITS);
  const counts = new Uint32Array(RADIX * DIGITS);
  if (integers && most - least < 2 ** 32) {
    for (let i = 0; i < n; i++) {
      const offset = nulls && nulls[i] ? 0 : (values[i] as number) - least;
      const at = i * DIGITS;
      const d0 = offset & MASK;
      const d1 = (offset >>> BITS) & MASK;
      const d2 = offset >>> (2 * BITS);
      digits[at] = d0;
      digits[at + 1] = d1;
      digits[at + 2] = d2;
      counts[d0] = (counts[d0] as number) + 1;
      counts[RADIX + d1] = (counts[RADIX + d1] as number) + 1;
      counts[2 * RADIX + d2] = (counts[2 * RADIX + d2] as number) + 1;
    }
    // The higher digits are 0 in every row, so their passes are skipped.
    for (let d = 3; d < DIGITS; d++) counts[d * RADIX] = n;
  } else {
    floatDigits(values, digits, counts);
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  for (let d = 0; d < DIGITS && n > 0; d++) {
    const offset = d * RADIX;
    if (counts[offset + (digits[d] as number)] === n) continue;
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = counts[offset + b] as number;
      counts[offset + b] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const slot = order[j] as number;
      const b = offset + (digits[slot * DIGITS + d] as number);
      const to = counts[b] as number;
      counts[b] = to + 1;
      spare[to] = slot;
    }
    const swap = order;
    order = spare;
    spare = swap;
  }
  const ranks = new Uint32Array(n);
  let rank = base - 1;
  let previous = NaN;
  for (let j = 0; j < n; j++) {
    const slot = order[j] as number;
    if (nulls && nulls[slot]) continue;
    const v = values[slot] as number;
    if (v !== previous) rank++;
    previous = v;
    ranks[slot] = rank;
  }
  return { ranks, count: rank + 1 };
}

/**
 * Slots 0..n-1 ordered by the terms (first term most significant); ties keep ascending slot order,
 * which is ascending ID order, whatever the directions.
 */
export function rankedOrder(terms: readonly RankedTerm[], n: number): Int32Array {
  let order: Int32Array | null = null;
  for (let k = terms.length - 1; k >= 0; k--) {
    const { ranks, count, desc } = terms[k] as RankedTerm;
    if (count <= 1) continue;
    const top = count - 1;
    // starts[r] = first output position of rank r (desc: ranks reversed).
    const starts = new Uint32Array(count + 1);
    for (let i = 0; i < n; i++) {
      const r = ranks[i] as number;
      const next = (desc ? top - r : r) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
    for (let r = 1; r <= count; r++) starts[r] = (starts[r] as number) + (starts[r - 1] as number);
    const out: Int32Array = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const slot = order ? (order[j] as number) : j;
      const r = ranks[slot] as number;
      const key = desc ? top - r : r;
      out[starts[key] as number] = slot;
      starts[key] = (starts[key] as number) + 1;
    }
    order = out;
  }
  if (order) return order;
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  return identity;
}

/** Digits of the IEEE-754 bits, sign-adjusted so unsigned order is numeric order. */
function floatDigits(values: Float64Array, digits: Uint16Array, counts: Uint32Array): void {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // Little- or big-endian, find the high word: 1.0 is 0x3ff00000_00000000.
  const probe = new Uint32Array(new Float64Array([1]).buffer);
  const hiAt = probe[1] === 0x3ff00000 ? 1 : 0;
  const loAt = 1 - hiAt;
  for (let i = 0; i < n; i++) {
    let hi = words[2 * i + hiAt] as number;
    let lo = words[2 * i + loAt] as number;
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    const at = i * DIGITS;
    digits[at] = lo & MASK;
    digits[at + 1] = (lo >>> BITS) & MASK;
    digits[at + 2] = ((lo >>> (2 * BITS)) | (hi << (32 - 2 * BITS))) & MASK;
    digits[at + 3] = (hi >>> (3 * BITS - 32)) & MASK;
    digits[at + 4] = (hi >>> (4 * BITS - 32)) & MASK;
    digits[at + 5] = hi >>> (5 * BITS - 32);
    for (let d = 0; d < DIGITS; d++) {
      const b = d * RADIX + (digits[at + d] as number);
      counts[b] = (counts[b] as number) + 1;
    }
  }
}
