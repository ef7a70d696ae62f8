// The API's filter grammar (`operator(field)=value`, see the spec's "URL Filtering Guidelines"),
// kept as plain data so the builder, the URL and the request all share one validator.
// URL encoding: one repeated `f` parameter per filter, in the API's own words:
//   ?f=startswith(accountName):acme&f=in(ipAddr):192.0.2.1,192.0.2.7&f=isnull(serverAddr)
// i.e. `operator(field)` then, for operators that take a value, `:` and the value exactly as the
// API expects it (comma lists for in/notin/between/notbetween). URLSearchParams escapes the rest.

export const FILTER_OPERATORS = [
  'isnull',
  'isnotnull',
  'isempty',
  'isnotempty',
  'eq',
  'neq',
  'startswith',
  'contains',
  'endswith',
  'doesnotcontain',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'notin',
  'between',
  'notbetween',
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** How many values an operator takes decides the input the builder shows. */
export type OperatorKind = 'none' | 'single' | 'list' | 'range';

export const OPERATOR_KIND: Record<FilterOperator, OperatorKind> = {
  isnull: 'none',
  isnotnull: 'none',
  isempty: 'none',
  isnotempty: 'none',
  eq: 'single',
  neq: 'single',
  startswith: 'single',
  contains: 'single',
  endswith: 'single',
  doesnotcontain: 'single',
  lt: 'single',
  lte: 'single',
  gt: 'single',
  gte: 'single',
  in: 'list',
  notin: 'list',
  between: 'range',
  notbetween: 'range',
};

export const OPERATOR_LABEL: Record<FilterOperator, string> = {
  isnull: 'is null',
  isnotnull: 'is not null',
  isempty: 'is empty',
  isnotempty: 'is not empty',
  eq: 'equals',
  neq: 'does not equal',
  startswith: 'starts with',
  contains: 'contains',
  endswith: 'ends with',
  doesnotcontain: 'does not contain',
  lt: 'less than',
  lte: 'at most',
  gt: 'greater than',
  gte: 'at least',
  in: 'is one of',
  notin: 'is not one of',
  between: 'between',
  notbetween: 'not between',
};

export interface FilterField {
  /** The API attribute name, e.g. `accountName`. */
  id: string;
  label: string;
  type: 'text' | 'integer';
}

export interface Filter {
  field: string;
  op: FilterOperator;
  /** none: []; single: [v]; list: [v1, v2, …]; range: [from, to]. */
  values: string[];
}

export type FilterValidation = { ok: true; filter: Filter } | { ok: false; error: string };

const MAX_VALUE_LENGTH = 200;
const MAX_LIST_LENGTH = 50;
// What the API takes in one query parameter (our reading: the simulator's MAX_VALUE_LENGTH);
// a list or range is sent as one, its values joined by commas.
const MAX_PARAM_LENGTH = 1000;
const INTEGER = /^-?\d{1,15}$/;

export function isFilterOperator(value: string): value is FilterOperator {
  return (FILTER_OPERATORS as readonly string[]).includes(value);
}

/**
 * Checks a filter against the endpoint's documented attributes and the operator's arity. The API
 * answers 400 to anything else, so nothing that fails here is ever sent.
 */
export function validateFilter(filter: Filter, fields: readonly FilterField[]): FilterValidation {
  const field = fields.find((f) => f.id === filter.field);
  if (!field) return { ok: false, error: `"${filter.field}" is not a filterable attribute` };
  if (!isFilterOperator(filter.op)) return { ok: false, error: `Unknown operator "${filter.op}"` };
  const kind = OPERATOR_KIND[filter.op];
  const values = filter.values.map((v) => v.trim());
  if (kind === 'none') return { ok: true, filter: { field: field.id, op: filter.op, values: [] } };
  if (values.some((v) => v === '')) return { ok: false, error: 'Enter a value' };
  if (values.some((v) => v.length > MAX_VALUE_LENGTH))
    return { ok: false, error: 'Value is too long' };
  // The API splits list and range values on commas and has no escape for them.
  if (kind !== 'single' && values.some((v) => v.includes(',')))
    return { ok: false, error: 'Values cannot contain a comma' };
  if (kind === 'single' && values.length !== 1) return { ok: false, error: 'Enter one value' };
  if (kind === 'range' && values.length !== 2)
    return { ok: false, error: 'Enter both ends of the range' };
  if (kind === 'list' && (values.length < 1 || values.length > MAX_LIST_LENGTH))
    return { ok: false, error: `Enter 1 to ${MAX_LIST_LENGTH} values` };
  if (values.join(',').length > MAX_PARAM_LENGTH)
    return {
      ok: false,
      error: `Values too long together (at most ${MAX_PARAM_LENGTH} characters)`,
    };
  if (field.type === 'integer' && values.some((v) => !INTEGER.test(v)))
    return { ok: false, error: `${field.label} must be a whole number` };
  return { ok: true, filter: { field: field.id, op: filter.op, values } };
}

/** The request parameter name and value for one filter, e.g. `startswith(accountName)` = `acme`. */
export function filterToApiParam(filter: Filter): [name: string, value: string] {
  return [`${filter.op}(${filter.field})`, filter.values.join(',')];
}

/** Query parameters for a set of already-validated filters (ANDed by the API). */
export function filtersToApiParams(filters: readonly Filter[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of filters) {
    const [name, value] = filterToApiParam(f);
    out[name] = value;
  }
  return out;
}

export function encodeFilter(filter: Filter): string {
  const head = `${filter.op}(${filter.field})`;
  return OPERATOR_KIND[filter.op] === 'none' ? head : `${head}:${filter.values.join(',')}`;
}

const ENCODED = /^([a-z]+)\(([A-Za-z][A-Za-z0-9]*)\)(?::([\s\S]*))?$/;

/** Parses one URL-encoded filter; anything malformed or undocumented yields null. */
export function decodeFilter(text: string, fields: readonly FilterField[]): Filter | null {
  if (text.length > 2000) return null;
  const m = ENCODED.exec(text);
  if (!m) return null;
  const [, op = '', field = '', raw] = m;
  if (!isFilterOperator(op)) return null;
  const kind = OPERATOR_KIND[op];
  let values: string[];
  if (kind === 'none') values = [];
  else if (raw === undefined) return null;
  else values = kind === 'single' ? [raw] : raw.split(',');
  const result = validateFilter({ field, op, values }, fields);
  return result.ok ? result.filter : null;
}

/** Decodes every `f` value, dropping invalid ones and duplicates of the same `op(field)`. */
export function decodeFilters(texts: readonly string[], fields: readonly FilterField[]): Filter[] {
  const out: Filter[] = [];
  for (const t of texts.slice(0, 20)) {
    const f = decodeFilter(t, fields);
    if (f && !out.some((o) => sameFilterKey(o, f))) out.push(f);
  }
  return out;
}

/** Two filters with the same operator and field would collide on one query parameter. */
export function sameFilterKey(a: Filter, b: Filter): boolean {
  return a.op === b.op && a.field === b.field;
}

/** Plain words for a chip or a screen reader: "Account starts with acme". */
export function describeFilter(filter: Filter, fields: readonly FilterField[]): string {
  const label = fields.find((f) => f.id === filter.field)?.label ?? filter.field;
  const op = OPERATOR_LABEL[filter.op];
  switch (OPERATOR_KIND[filter.op]) {
    case 'none':
      return `${label} ${op}`;
    case 'single':
      return `${label} ${op} ${filter.values[0] ?? ''}`;
    case 'list':
      return `${label} ${op} ${filter.values.join(', ')}`;
    case 'range':
      return `${label} ${op} ${filter.values[0] ?? ''} and ${filter.values[1] ?? ''}`;
  }
}
