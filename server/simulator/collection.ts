// One kind of session in ID order: lookups by ID, a search index, and cached sort orders that are
// patched (not recomputed) when a few rows come and go, so live dynamics stay cheap at 100k rows.
import { compareSortValues, type Resource, type SortField, type SortValue } from './resources';
import type { SortTerm } from './query';

const MAX_CACHED_ORDERS = 24;
const MAX_LOG = 64;

/** One `q` field by distinct value: names repeat across binds, so matching distinct values is cheap. */
interface SearchColumn {
  index: Map<string, number>;
  /** Lower-cased distinct values, by reference number. */
  values: string[];
  /** Reference number of each row's value, by slot. */
  refs: number[];
  digitsOnly: boolean;
}

interface CachedOrder<T> {
  version: number;
  rows: T[];
  slots: Int32Array;
}

export class Collection<T extends { id: number; alive: boolean; slot: number }> {
  private list: T[] = [];
  private readonly byId = new Map<number, T>();
  private readonly orders = new Map<string, CachedOrder<T>>();
  private columns: SearchColumn[] = [];
  /** Rows added per version, so cached orders can be patched instead of re-sorted. */
  private log: { version: number; rows: T[] }[] = [];
  private droppedUpTo = 0;
  private generation = 0;
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
    this.log = [];
    this.columns = [];
    this.generation++;
    this.append(rows.slice().sort((a, b) => a.id - b.id));
    this.changed();
  }

  /** IDs only grow, so appending keeps ID order. */
  add(rows: T[]): void {
    if (!rows.length) return;
    this.append(rows);
    this.changed();
    this.log.push({ version: this.version, rows });
    if (this.log.length > MAX_LOG) this.droppedUpTo = this.log.shift()?.version ?? 0;
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
    }
  }

  remove(match: (row: T) => boolean): T[] {
    const removed: T[] = [];
    const kept: T[] = [];
    const keptRefs = this.columns.map(() => [] as number[]);
    for (let i = 0; i < this.list.length; i++) {
      const row = this.list[i] as T;
      if (match(row)) {
        row.alive = false;
        this.byId.delete(row.id);
        removed.push(row);
        continue;
      }
      kept.push(row);
      for (let f = 0; f < keptRefs.length; f++) {
        (keptRefs[f] as number[]).push((this.columns[f] as SearchColumn).refs[i] as number);
      }
    }
    if (removed.length) {
      this.list = kept;
      this.columns.forEach((c, f) => (c.refs = keptRefs[f] as number[]));
      this.changed();
    }
    return removed;
  }

  private changed(): void {
    const list = this.list;
    for (let i = 0; i < list.length; i++) (list[i] as T).slot = i;
    this.version++;
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
    const clockBound = live && fields.some((f) => f.timeDependent);
    const key =
      `${this.generation}:` +
      terms.map((t) => (t.desc ? '-' : '') + t.field).join(',') +
      (clockBound ? `@${Math.floor(now / 1000)}` : '');
    const hit = this.orders.get(key);
    if (hit && hit.version === this.version) return hit.slots;

    const dirs = terms.map((t) => (t.desc ? -1 : 1));
    let rows: T[];
    const added = hit ? this.addedSince(hit.version) : null;
    if (hit && added) {
      rows = this.patch(hit.rows, added, fields, dirs, now, live);
    } else {
      rows = this.fullSort(fields, dirs, now, live);
    }
    const slots = Int32Array.from(rows, (row) => row.slot);
    this.orders.delete(key);
    if (this.orders.size >= MAX_CACHED_ORDERS) {
      const oldest = this.orders.keys().next().value;
      if (oldest !== undefined) this.orders.delete(oldest);
    }
    this.orders.set(key, { version: this.version, rows, slots });
    return slots;
  }

  /** Rows added after `version`, or null if the log no longer reaches back that far. */
  private addedSince(version: number): T[] | null {
    if (this.droppedUpTo > version) return null;
    return this.log.filter((e) => e.version > version).flatMap((e) => e.rows);
  }

  private fullSort(fields: SortField<T>[], dirs: number[], now: number, live: boolean): T[] {
    const list = this.list;
    const keys: SortValue[][] = fields.map((f) => list.map((row) => f.key(row, now, live)));
    const index = Array.from({ length: list.length }, (_, i) => i);
    index.sort((a, b) => {
      for (let k = 0; k < keys.length; k++) {
        const col = keys[k] as SortValue[];
        const c = compareSortValues(col[a] as SortValue, col[b] as SortValue);
        if (c !== 0) return c * (dirs[k] as number);
      }
      return a - b;
    });
    return index.map((i) => list[i] as T);
  }

  /** Drops rows that are gone and binary-inserts the few new ones. */
  private patch(
    previous: T[],
    added: T[],
    fields: SortField<T>[],
    dirs: number[],
    now: number,
    live: boolean,
  ): T[] {
    const compare = (a: T, b: T) => {
      for (let k = 0; k < fields.length; k++) {
        const f = fields[k] as SortField<T>;
        const c = compareSortValues(f.key(a, now, live), f.key(b, now, live));
        if (c !== 0) return c * (dirs[k] as number);
      }
      return a.id - b.id;
    };
    const kept = previous.filter((row) => row.alive);
    const fresh = added.filter((row) => row.alive).sort(compare);
    if (!fresh.length) return kept;
    const out: T[] = [];
    let from = 0;
    for (const row of fresh) {
      let lo = from;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(kept[mid] as T, row) < 0) lo = mid + 1;
        else hi = mid;
      }
      for (let i = from; i < lo; i++) out.push(kept[i] as T);
      out.push(row);
      from = lo;
    }
    for (let i = from; i < kept.length; i++) out.push(kept[i] as T);
    return out;
  }
}
