// Parses a list query string (filters, q, sort, paging) into predicates and options, or a 400 naming the problem.
import { ApiError, ErrorCode, quote } from './errors';
import { compareText, type Resource } from './resources';

export interface RawParam {
  name: string;
  value: string;
  /** The segment exactly as received (still encoded), so links can repeat it. */
  raw: string;
}

export const MAX_PAGE_SIZE = 1000;
export const MAX_VALUE_LENGTH = 1000;
export const MAX_PARAMS = 100;
export const MAX_LIST_ITEMS = 1000;

export const OPERATORS = [
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
export type Operator = (typeof OPERATORS)[number];
const OPERATOR_SET = new Set<string>(OPERATORS);

const CONTROL_PARAMS = ['all', 'sort', 'page_size', 'page_number', 'paging'] as const;
const CONTROL_SET = new Set<string>(CONTROL_PARAMS);

function decodeComponent(text: string, whole: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new ApiError(
      400,
      ErrorCode.queryInvalid,
      `Malformed percent-encoding in query parameter ${quote(whole)}`,
    );
  }
}

/** Splits `a=1&b=2` (form-style: `+` is a space). Empty segments are skipped. */
export function parseRawQuery(search: string): RawParam[] {
  const params: RawParam[] = [];
  if (!search) return params;
  for (const raw of search.split('&')) {
    if (!raw) continue;
    if (params.length >= MAX_PARAMS) {
      throw new ApiError(
        400,
        ErrorCode.queryInvalid,
        `Too many query parameters (at most ${MAX_PARAMS})`,
      );
    }
    const eq = raw.indexOf('=');
    const name = decodeComponent(eq < 0 ? raw : raw.slice(0, eq), raw);
    const value = eq < 0 ? '' : decodeComponent(raw.slice(eq + 1), raw);
    if (name.length > 100) {
      throw new ApiError(
        400,
        ErrorCode.queryInvalid,
        `Query parameter name too long: ${quote(name)}`,
      );
    }
    if (value.length > MAX_VALUE_LENGTH) {
      throw new ApiError(
        400,
        ErrorCode.queryInvalid,
        `Value of query parameter ${quote(name)} is too long (at most ${MAX_VALUE_LENGTH} characters)`,
      );
    }
    params.push({ name, value, raw });
  }
  return params;
}

export type Predicate<T> = (s: T) => boolean;

export interface SortTerm {
  field: string;
  desc: boolean;
}

export type Paging =
  { all: true } | { all: false; number: number; size: number; style: 'paging' | 'page_number' };

export interface ListQuery<T> {
  predicates: Predicate<T>[];
  /** Lower-cased `q` values: each must occur in one of the resource's search fields. */
  search: string[];
  sort: SortTerm[];
  paging: Paging;
  params: RawParam[];
}

const filterInvalid = (message: string) => new ApiError(400, ErrorCode.filterInvalid, message);

function parseInteger(field: string, op: string, value: string): number {
  if (!/^-?\d{1,15}$/.test(value)) {
    throw filterInvalid(`${op}(${field}) needs integer values, got ${quote(value)}`);
  }
  return Number(value);
}

function compileFilter<T>(
  resource: Resource<T>,
  op: Operator,
  field: string,
  value: string,
): Predicate<T> {
  // Own properties only: `constructor`, `__proto__` and the like are Object.prototype's, not ours.
  const def = Object.hasOwn(resource.filterFields, field)
    ? resource.filterFields[field]
    : undefined;
  if (!def) {
    const known = Object.keys(resource.filterFields).join(', ');
    throw filterInvalid(
      `Unknown filter attribute ${quote(field)} for ${resource.name}s (filterable: ${known}; or q)`,
    );
  }
  const text = def.text;
  if (op === 'isnull') return (s) => text(s) === null;
  if (op === 'isnotnull') return (s) => text(s) !== null;
  if (op === 'isempty') return (s) => text(s) === '';
  if (op === 'isnotempty') {
    return (s) => {
      const v = text(s);
      return v !== null && v !== '';
    };
  }
  const list = op === 'in' || op === 'notin' || op === 'between' || op === 'notbetween';
  const values = list ? value.split(',') : [value];
  if (values.length > MAX_LIST_ITEMS) {
    throw filterInvalid(`${op}(${field}) takes at most ${MAX_LIST_ITEMS} values`);
  }
  if ((op === 'between' || op === 'notbetween') && values.length !== 2) {
    throw filterInvalid(
      `${op}(${field}) needs exactly two comma-separated values (from,to), got ${values.length}`,
    );
  }
  const lcValues = values.map((v) => v.toLowerCase());
  const v0 = lcValues[0] as string;
  // Substring operators always work on the text form, numbers included.
  if (op === 'startswith') return (s) => text(s)?.startsWith(v0) ?? false;
  if (op === 'endswith') return (s) => text(s)?.endsWith(v0) ?? false;
  if (op === 'contains') return (s) => text(s)?.includes(v0) ?? false;
  if (op === 'doesnotcontain') {
    return (s) => {
      const v = text(s);
      return v !== null && !v.includes(v0);
    };
  }
  if (def.kind === 'int' && def.num) {
    const get = def.num;
    const nums = values.map((v) => parseInteger(field, op, v));
    const n0 = nums[0] as number;
    const n1 = nums[1] as number;
    const set = new Set(nums);
    const cmp: Record<string, Predicate<T>> = {
      eq: (s) => get(s) === n0,
      neq: (s) => {
        const v = get(s);
        return v !== null && v !== n0;
      },
      lt: (s) => (get(s) ?? Infinity) < n0,
      lte: (s) => (get(s) ?? Infinity) <= n0,
      gt: (s) => (get(s) ?? -Infinity) > n0,
      gte: (s) => (get(s) ?? -Infinity) >= n0,
      in: (s) => set.has(get(s) as number),
      notin: (s) => {
        const v = get(s);
        return v !== null && !set.has(v);
      },
      between: (s) => {
        const v = get(s);
        return v !== null && v >= n0 && v <= n1;
      },
      notbetween: (s) => {
        const v = get(s);
        return v !== null && !(v >= n0 && v <= n1);
      },
    };
    return cmp[op] as Predicate<T>;
  }
  const v1 = lcValues[1] as string;
  const set = new Set(lcValues);
  const cmp: Record<string, Predicate<T>> = {
    eq: (s) => text(s) === v0,
    neq: (s) => {
      const v = text(s);
      return v !== null && v !== v0;
    },
    lt: (s) => {
      const v = text(s);
      return v !== null && compareText(v, v0) < 0;
    },
    lte: (s) => {
      const v = text(s);
      return v !== null && compareText(v, v0) <= 0;
    },
    gt: (s) => {
      const v = text(s);
      return v !== null && compareText(v, v0) > 0;
    },
    gte: (s) => {
      const v = text(s);
      return v !== null && compareText(v, v0) >= 0;
    },
    in: (s) => {
      const v = text(s);
      return v !== null && set.has(v);
    },
    notin: (s) => {
      const v = text(s);
      return v !== null && !set.has(v);
    },
    between: (s) => {
      const v = text(s);
      return v !== null && compareText(v, v0) >= 0 && compareText(v, v1) <= 0;
    },
    notbetween: (s) => {
      const v = text(s);
      return v !== null && !(compareText(v, v0) >= 0 && compareText(v, v1) <= 0);
    },
  };
  return cmp[op] as Predicate<T>;
}

export function parseSort<T>(value: string, resource: Resource<T>): SortTerm[] {
  if (value.trim() === '') return [];
  const terms: SortTerm[] = [];
  const seen = new Set<string>();
  for (const token of value.split(',')) {
    const t = token.trim();
    const desc = t.startsWith('-');
    const field = desc || t.startsWith('+') ? t.slice(1) : t;
    if (!field) {
      throw new ApiError(400, ErrorCode.sortInvalid, `Empty attribute in sort ${quote(value)}`);
    }
    if (!Object.hasOwn(resource.sortFields, field)) {
      throw new ApiError(
        400,
        ErrorCode.sortInvalid,
        `Unknown sort attribute ${quote(field)} (sortable: ${Object.keys(resource.sortFields).join(', ')})`,
      );
    }
    if (seen.has(field)) {
      throw new ApiError(400, ErrorCode.sortInvalid, `Sort attribute ${quote(field)} given twice`);
    }
    seen.add(field);
    terms.push({ field, desc });
  }
  return terms;
}

function positive(name: string, value: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
    throw new ApiError(
      400,
      ErrorCode.pagingInvalid,
      `${name} must be a positive integer, got ${quote(value)}`,
    );
  }
  return Number(value);
}

export function parseListQuery<T>(params: RawParam[], resource: Resource<T>): ListQuery<T> {
  const predicates: Predicate<T>[] = [];
  const search: string[] = [];
  const control = new Map<string, string>();
  for (const { name, value } of params) {
    if (CONTROL_SET.has(name)) {
      if (control.has(name)) {
        throw new ApiError(
          400,
          ErrorCode.queryInvalid,
          `Query parameter ${quote(name)} given more than once`,
        );
      }
      control.set(name, value);
      continue;
    }
    let op: string = 'eq';
    let field = name;
    const m = /^([^()]*)\(([^()]*)\)$/.exec(name);
    if (m) {
      op = m[1] as string;
      field = m[2] as string;
    } else if (/[()]/.test(name)) {
      throw filterInvalid(
        `Malformed filter parameter ${quote(name)}: expected operator(attribute)`,
      );
    }
    if (!OPERATOR_SET.has(op)) {
      throw filterInvalid(
        `Unknown filter operator ${quote(op)} in ${quote(name)} (operators: ${OPERATORS.join(', ')})`,
      );
    }
    if (field === 'q') {
      if (op !== 'eq') {
        throw filterInvalid(
          `General search q takes only the eq operator (or none), got ${quote(name)}`,
        );
      }
      if (value !== '') search.push(value.toLowerCase());
      continue;
    }
    predicates.push(compileFilter(resource, op as Operator, field, value));
  }

  const allValue = control.get('all');
  if (allValue !== undefined && !/^(yes|no)$/i.test(allValue)) {
    throw new ApiError(
      400,
      ErrorCode.pagingInvalid,
      `all must be yes or no, got ${quote(allValue)}`,
    );
  }
  const sort = parseSort(control.get('sort') ?? '', resource);
  const pagingValue = control.get('paging');
  const sizeValue = control.get('page_size');
  const numberValue = control.get('page_number');
  let paging: Paging;
  if (pagingValue !== undefined) {
    if (sizeValue !== undefined || numberValue !== undefined) {
      throw new ApiError(
        400,
        ErrorCode.pagingInvalid,
        'Use either paging=page_num,page_size or page_size/page_number, not both',
      );
    }
    const m = /^(\d{1,9}),(\d{1,9})$/.exec(pagingValue.trim());
    if (!m) {
      throw new ApiError(
        400,
        ErrorCode.pagingInvalid,
        `paging must be page_num,page_size (e.g. 1,10), got ${quote(pagingValue)}`,
      );
    }
    const number = positive('paging page_num', m[1] as string);
    const size = positive('paging page_size', m[2] as string);
    paging = { all: false, number, size: Math.min(size, MAX_PAGE_SIZE), style: 'paging' };
  } else {
    const size = sizeValue === undefined ? 10 : positive('page_size', sizeValue);
    const number = numberValue === undefined ? 1 : positive('page_number', numberValue);
    paging = { all: false, number, size: Math.min(size, MAX_PAGE_SIZE), style: 'page_number' };
  }
  if (allValue !== undefined && allValue.toLowerCase() === 'yes') paging = { all: true };
  return { predicates, search, sort, paging, params };
}
