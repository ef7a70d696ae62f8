import { drillToParams, type CustomerDrill } from './aggregate-filter';

// Links from the aggregate views into the grids, in the grids' own URL format
// (`f=operator(field):value`, `q=`; see filter-grammar.ts).

function withParams(path: string, params: URLSearchParams): string {
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function customerGridLink(filters: readonly string[] = [], q?: string): string {
  const p = new URLSearchParams();
  for (const f of filters) p.append('f', f);
  if (q) p.set('q', q);
  return withParams('/customer-sessions', p);
}

export function supplierGridLink(filters: readonly string[] = [], q?: string): string {
  const p = new URLSearchParams();
  for (const f of filters) p.append('f', f);
  if (q) p.set('q', q);
  return withParams('/supplier-sessions', p);
}

export const customersOfIp = (ip: string) => customerGridLink([`eq(ipAddr):${ip}`]);

/** Supplier sessions of one owner: `ownerId` is server-filterable. */
export function suppliersOfOwner(ownerId: number | null, ownerBpName?: string): string {
  if (ownerId !== null) return supplierGridLink([`eq(ownerId):${ownerId}`]);
  return supplierGridLink(ownerBpName ? [`eq(ownerBpName):${ownerBpName}`] : []);
}

/** A gate's connections: the gate code name is not filterable, so search for it. */
export const suppliersOfGate = (gateCName: string) => supplierGridLink([], gateCName);

export const authNameLink = (authName: string) => `/customers/${encodeURIComponent(authName)}`;
export const accountLink = (accountName: string) => `/accounts/${encodeURIComponent(accountName)}`;

/** Customer sessions on attributes the API cannot filter: a client-side list over `all=yes`. */
export const customerDrillLink = (drill: CustomerDrill) =>
  withParams('/breakdowns/customers', drillToParams(drill));
