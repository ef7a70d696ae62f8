// The simulated platform: both session collections, the actions on them, and the live dynamics.
import { Collection } from './collection';
import { createRng, type Rng } from './prng';
import { generateCustomers, generateSuppliers, healthyTick, type IdSource } from './population';
import { customerResource, supplierResource } from './resources';
import {
  indexCustomer,
  indexSupplier,
  type CustomerSession,
  type SupplierSession,
} from './sessions';

export interface StoreOptions {
  seed: number;
  customerSessions: number;
  supplierSessions: number;
  live: boolean;
  restartDelayMs: number;
  rebindDelayMs: number | null;
}

const FIRST_SESSION_ID = 1_000_001;
const DYNAMICS_INTERVAL_MS = 2000;

export class SimulatorStore {
  readonly customers = new Collection<CustomerSession>(customerResource);
  readonly suppliers = new Collection<SupplierSession>(supplierResource);
  private nextId = FIRST_SESSION_ID;
  private readonly timers = new Set<NodeJS.Timeout>();
  private dynamics: NodeJS.Timeout | null = null;
  private rng: Rng;
  readonly ids: IdSource = { next: () => this.nextId++ };

  constructor(private options: StoreOptions) {
    this.rng = createRng(options.seed + 7);
    this.generate();
    if (options.live) {
      this.dynamics = setInterval(() => this.step(), DYNAMICS_INTERVAL_MS);
      this.dynamics.unref();
    }
  }

  get live(): boolean {
    return this.options.live;
  }

  /** Same seed, same sizes → the same sessions with the same IDs. Pending rebinds/returns are dropped. */
  generate(
    overrides: Partial<Pick<StoreOptions, 'seed' | 'customerSessions' | 'supplierSessions'>> = {},
  ): void {
    this.options = { ...this.options, ...overrides };
    this.clearTimers();
    this.nextId = FIRST_SESSION_ID;
    this.rng = createRng(this.options.seed + 7);
    const now = Date.now();
    this.customers.replaceAll(
      generateCustomers(this.options.customerSessions, this.options.seed, now, this.ids),
    );
    this.suppliers.replaceAll(
      generateSuppliers(this.options.supplierSessions, this.options.seed, now, this.ids),
    );
  }

  private later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  close(): void {
    this.clearTimers();
    if (this.dynamics) clearInterval(this.dynamics);
    this.dynamics = null;
  }

  /** A bind that comes back: same client, new session ID, just started, ticking. */
  private rebound(s: CustomerSession, now: number): CustomerSession {
    return indexCustomer({
      ...s,
      id: this.ids.next(),
      alive: true,
      startMs: now,
      tick: healthyTick(this.rng, now),
      state: 'BOUND',
    });
  }

  private reconnected(s: SupplierSession, now: number): SupplierSession {
    return indexSupplier({
      ...s,
      id: this.ids.next(),
      alive: true,
      startMs: now,
      tick: healthyTick(this.rng, now),
      status: 'BOUND',
      localPort: this.rng.int(30_000, 60_999),
    });
  }

  /** Ends every bind of the auth name (exact match); the client rebinds after rebindDelayMs if set. */
  stopAuthName(authName: string): number {
    const removed = this.customers.remove((s) => s.authName === authName);
    const delay = this.options.rebindDelayMs;
    if (removed.length && delay !== null) {
      this.later(delay, () => {
        const now = Date.now();
        this.customers.add(removed.map((s) => this.rebound(s, now)));
      });
    }
    return removed.length;
  }

  /** Drops every connection of the gate; they return after restartDelayMs with new session IDs. */
  restartGate(gateCName: string): number {
    const removed = this.suppliers.remove((s) => s.gateCName === gateCName);
    if (removed.length) {
      this.later(this.options.restartDelayMs, () => {
        const now = Date.now();
        this.suppliers.add(removed.map((s) => this.reconnected(s, now)));
      });
    }
    return removed.length;
  }

  addCustomer(
    fields: Omit<
      CustomerSession,
      'id' | 'alive' | 'slot' | 'lcAccountName' | 'lcIpAddr' | 'lcServerAddr'
    >,
  ): CustomerSession {
    const row = indexCustomer({
      ...fields,
      id: this.ids.next(),
      alive: true,
      slot: -1,
      lcAccountName: null,
      lcIpAddr: '',
      lcServerAddr: null,
    });
    this.customers.add([row]);
    return row;
  }

  addSupplier(
    fields: Omit<SupplierSession, 'id' | 'alive' | 'slot' | 'lcOwnerBpName'>,
  ): SupplierSession {
    const row = indexSupplier({
      ...fields,
      id: this.ids.next(),
      alive: true,
      slot: -1,
      lcOwnerBpName: '',
    });
    this.suppliers.add([row]);
    return row;
  }

  /** Background life: a few binds end and new ones start; now and then a gate flaps. */
  step(): void {
    const now = Date.now();
    const rng = this.rng;
    const customers = this.customers.items;
    if (customers.length && rng.chance(0.7)) {
      const k = 1 + Math.floor(customers.length / 20_000);
      const gone = new Set<CustomerSession>();
      for (let i = 0; i < k; i++) gone.add(rng.pick(customers));
      const fresh = [...gone].map(() => this.rebound(rng.pick(customers), now));
      this.customers.remove((s) => gone.has(s));
      this.customers.add(fresh);
    }
    const suppliers = this.suppliers.items;
    if (suppliers.length && rng.chance(0.05)) {
      this.restartGate(rng.pick(suppliers).gateCName);
    }
  }
}
