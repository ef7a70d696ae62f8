// State shared by the simulator's route groups.
import type { Faults } from './faults';
import type { SimulatorOptions } from './options';
import type { SimulatorStore } from './store';
import type { TokenStore } from './tokens';

export interface ActionStats {
  count: number;
  /** The names acted on, oldest first (the last 1000). */
  names: string[];
}

export interface Stats {
  total: number;
  byOperation: Record<string, number>;
  byStatus: Record<string, number>;
  actions: { stop: ActionStats; restart: ActionStats };
  tokensIssued: number;
}

export interface SimulatorContext {
  options: SimulatorOptions;
  store: SimulatorStore;
  tokens: TokenStore;
  faults: Faults;
  stats: Stats;
  redirectUris: Set<string>;
}

export function emptyStats(): Stats {
  return {
    total: 0,
    byOperation: {},
    byStatus: {},
    actions: { stop: { count: 0, names: [] }, restart: { count: 0, names: [] } },
    tokensIssued: 0,
  };
}

export function faultsFromOptions(options: SimulatorOptions): Faults {
  return {
    latencyMs: options.latencyMs,
    errorRate: options.errorRate,
    errorCode: options.errorCode,
    errorStatus: options.errorStatus,
    outage: options.outage,
    ignorePaging: false,
    tokenTtlSeconds: options.tokenTtlSeconds,
  };
}

export function faultsOff(options: SimulatorOptions): Faults {
  return {
    latencyMs: 0,
    errorRate: 0,
    errorCode: 'SESSION_MANAGER_REDIS_NOT_FOUND',
    errorStatus: 500,
    outage: false,
    ignorePaging: false,
    tokenTtlSeconds: options.tokenTtlSeconds,
  };
}
