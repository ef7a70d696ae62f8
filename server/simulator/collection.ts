// One kind of session in ID order: lookups by ID, a search index, and sort orders cached until the
// rows change. A sort reads per-field columns kept by slot (typed passes, no walk over 100k row
// objects) and ranks them (sort-ranks.ts), so even an uncached sort of 100k rows costs a few ms.
import type { Resource, SortField, SortValue } from './resources';
import type { SortTerm } from './query';
import { rankDictionary, rankedOrder, rankKeys, rankNumbers, type Ranks } from './sort-ranks';

const MAX_CACHED_ORDERS = 24;

/** One `q` field by distinct value: names repeat across binds, so matching distinct values is cheap. */
interface SearchColumn {
  index: Map<string, number>;
  /** Lower-cased distinct values, by reference number. */
  values: string[];
  /** Reference number of each row's value, by slot. */
  refs: number[];
  digitsOnly: boolean;
}

/**
 * One sort field's values by slot, kept up to date as rows come and go (built on its first sort).
 * Text: the reference number of each row's distinct value (-1 = null); number: the value itself.
 */
type SortColumn<T> =
  | {
      kind: 'text';
      get: (s: T) => string | null;
      index: Map<string, number>;
      /** Distinct values as stored (not lower-cased), by reference number; never shrinks. */
      values: string[];
      data: number[];
      /** Rank of each distinct value (0 = null), valid while `values` has `size` entries. */
      ranked: { rankOf: Uint32Array; count: number; size: number } | null;
    }
  | { kind: 'number'; get: (s: T) => number; data: number[] };

interface CachedOrder {
  version: number;
  slots: Int32Array;
}

function columnValue<T>(column: SortColumn<T>, row: T): number {
  if (column.kind === 'number') return column.get(row);
  const value = column.get(row);
  if (value === null) return -1;
  let ref = column.index.get(value);
  if (ref === undefined) {
    ref = column.values.length;
    column.index.set(value, ref);
    column.values.push(value);
  }
  return ref;
}

export class Collection<T extends { id: number; alive: boolean; slot: number }> {
  private list: T[] = [];
  private readonly byId = new Map<number, T>();
  private readonly orders = new Map<string, CachedOrder>();
  /** Sort-key ranks by slot, per field, for the current version (cleared on every change). */
  private readonly ranks = new Map<string, Ranks>();
  /**
   * Frozen mode: by when each clock-paced field's order stops moving (kept up as rows are added;
   * removals leave it as is, which at worst skips caching a little longer).
   */
  private readonly settled = new Map<SortField<T>, number>();
  private columns: SearchColumn[] = [];
  private readonly sortColumns = new Map<string, SortColumn<T>>();
  version = 0;

  constructor(readonly resource: Resource<T>) {}

  get size(): number {
    return this.list.length;
  }

  /** Live rows in ascending ID order. */
  get items(): readonly T[] {
    return this.list;
  }

  get(id: number): T | undefined {
    return this.byId.get(id);
  }

  replaceAll(rows: T[]): void {
    for (const row of this.list) row.alive = false;
    this.list = [];
    this.byId.clear();
    this.orders.clear();
    this.columns = [];
    this.sortColumns.clear();
    this.settled.clear();
    this.append(rows.slice().sort((a, b) => a.id - b.id));
    this.changed();
  }

  /** IDs only grow, so appending keeps ID order. */
  add(rows: T[]): void {
    if (!rows.length) return;
    this.append(rows);
    this.changed();
  }

  private append(rows: T[]): void {
    for (const row of rows) {
      row.alive = true;
      this.list.push(row);
      this.byId.set(row.id, row);
      const fields = this.resource.qFields(row);
      for (let f = 0; f < fields.length; f++) {
        let column = this.columns[f];
        if (!column) {
          column = { index: new Map(), values: [], refs: [], digitsOnly: true };
          this.columns[f] = column;
        }
        const value = (fields[f] ?? '').toLowerCase();
        let ref = column.index.get(value);
        if (ref === undefined) {
          ref = column.values.length;
          column.index.set(value, ref);
          column.values.push(value);
          if (column.digitsOnly && !/^\d*$/.test(value)) column.digitsOnly = false;
        }
        column.refs.push(ref);
      }
      for (const column of this.sortColumns.values()) column.data.push(columnValue(column, row));
      for (const [field, at] of this.settled) {
        this.settled.set(field, Math.max(at, field.settled?.from(row) ?? Infinity));
      }
    }
  }

  remove(match: (row: T) => boolean): T[] {
    const list = this.list;
    const n = list.length;
    const removed: T[] = [];
    const gone = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const row = list[i] as T;
      if (!match(row)) continue;
      gone[i] = 1;
      row.alive = false;
      this.byId.delete(row.id);
      removed.push(row);
    }
    if (!removed.length) return removed;
    // Rows and every by-slot column drop the same slots, in place (no 100k-element copies).
    const compact = <V>(values: V[]) => {
      let to = 0;
      for (let i = 0; i < n; i++) if (!gone[i]) values[to++] = values[i] as V;
      values.length = to;
    };
    compact(list);
    for (const column of this.columns) compact(column.refs);
    for (const column of this.sortColumns.values()) compact(column.data);
    this.changed();
    return removed;
  }

  private changed(): void {
    const list = this.list;
    for (let i = 0; i < list.length; i++) (list[i] as T).slot = i;
    this.version++;
    this.ranks.clear();
  }

  /** Flags (by slot) of the rows where any `q` field contains the lower-cased needle. */
  search(needle: string): Uint8Array {
    const n = this.list.length;
    const flags = new Uint8Array(n);
    const digits = /^\d+$/.test(needle);
    for (const column of this.columns) {
      if (column.digitsOnly && !digits) continue;
      const hit = new Uint8Array(column.values.length);
      let any = false;
      for (let v = 0; v < column.values.length; v++) {
        if ((column.values[v] as string).includes(needle)) {
          hit[v] = 1;
          any = true;
        }
      }
      if (!any) continue;
      const refs = column.refs;
      for (let i = 0; i < n; i++) if (hit[refs[i] as number]) flags[i] = 1;
    }
    return flags;
  }

  /** Slots of the rows in the given order (ties fall back to ascending ID); null = ID order. */
  sorted(terms: SortTerm[], now: number, live: boolean): Int32Array | null {
    if (!terms.length) return null;
    const fields = terms.map((t) => this.resource.sortFields[t.field] as SortField<T>);
    // An order that depends on the request's instant is never reused: a cached one would go stale.
    const clockBound = fields.some((f) => this.clockBound(f, now, live));
    const key = terms.map((t) => (t.desc ? '-' : '') + t.field).join(',');
    const hit = clockBound ? undefined : this.orders.get(key);
    if (hit && hit.version === this.version) return hit.slots;
    const ranked = terms.map((t, k) => ({
      ...this.ranksOf(t.field, fields[k] as SortField<T>, now, live),
      desc: t.desc,
    }));
    const slots = rankedOrder(ranked, this.list.length);
    if (clockBound) return slots;
    this.orders.delete(key);
    if (this.orders.size >= MAX_CACHED_ORDERS) {
      const oldest = this.orders.keys().next().value;
      if (oldest !== undefined) this.orders.delete(oldest);
    }
    this.orders.set(key, { version: this.version, slots });
    return slots;
  }

  /** Whether the field's order at `now` may differ from its order a moment earlier or later. */
  private clockBound(field: SortField<T>, now: number, live: boolean): boolean {
    if (!field.timeDependent) return false;
    const settled = field.settled;
    if (live || !settled) return true;
    let at = this.settled.get(field);
    if (at === undefined) {
      at = -Infinity;
      for (const row of this.list) at = Math.max(at, settled.from(row));
      this.settled.set(field, at);
    }
    return now < at;
  }

  /** Ranks by slot of one field's keys at `now`, kept for the version unless clock-bound. */
  private ranksOf(name: string, field: SortField<T>, now: number, live: boolean): Ranks {
    const cached = this.ranks.get(name);
    if (cached) return cached;
    const n = this.list.length;
    let ranks: Ranks;
    let keep = true;
    const column = field.isId ? null : this.sortColumn(name, field, now, live);
    if (field.isId) {
      const identity = new Uint32Array(n);
      for (let i = 0; i < n; i++) identity[i] = i;
      ranks = { ranks: identity, count: n };
    } else if (column?.kind === 'text') {
      let ranked = column.ranked;
      if (!ranked || ranked.size !== column.values.length) {
        ranked = { ...rankDictionary(column.values), size: column.values.length };
        column.ranked = ranked;
      }
      const { rankOf, count } = ranked;
      const data = column.data;
      const out = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const ref = data[i] as number;
        if (ref >= 0) out[i] = rankOf[ref] as number;
      }
      ranks = { ranks: out, count };
    } else if (column) {
      ranks = rankNumbers(Float64Array.from(column.data), null);
    } else if (field.clock) {
      keep = false;
      const { inputs, at } = field.clock;
      const columns = inputs.map((get, k) => this.numberColumn(`${name}#${k}`, get).data);
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = at(columns, i, now, live);
      ranks = rankNumbers(values, null);
    } else {
      keep = !field.timeDependent;
      const list = this.list;
      const keys: SortValue[] = [];
      for (let i = 0; i < n; i++) keys.push(field.key(list[i] as T, now, live));
      ranks = rankKeys(keys);
    }
    if (keep) this.ranks.set(name, ranks);
    return ranks;
  }

  /** The field's column (built now if new), or null if its keys must be read at `now`. */
  private sortColumn(
    name: string,
    field: SortField<T>,
    now: number,
    live: boolean,
  ): SortColumn<T> | null {
    if (field.raw) return this.textColumn(name, field.raw);
    if (field.num) return this.numberColumn(name, field.num);
    // A settled frozen clock field sorts like its clock-free settled key.
    if (field.settled && !this.clockBound(field, now, live)) {
      return this.numberColumn(`${name}@settled`, field.settled.key);
    }
    return null;
  }

  private textColumn(name: string, get: (s: T) => string | null): SortColumn<T> {
    return (
      this.sortColumns.get(name) ??
      this.fill(name, { kind: 'text', get, index: new Map(), values: [], data: [], ranked: null })
    );
  }

  private numberColumn(name: string, get: (s: T) => number): SortColumn<T> {
    return this.sortColumns.get(name) ?? this.fill(name, { kind: 'number', get, data: [] });
  }

  private fill(name: string, column: SortColumn<T>): SortColumn<T> {
    for (const row of this.list) column.data.push(columnValue(column, row));
    this.sortColumns.set(name, column);
    return column;
  }
}
