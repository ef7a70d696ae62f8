import type { components } from '../../api/schema.gen';
import type { FilterField } from '../../lib/filter-grammar';
import { createGridUrlParsers } from '../../lib/grid-url-parsers';

export type CustomerSession = components['schemas']['SmsSession'];

export const CUSTOMER_PRIVILEGE = 'sms-session-manager.view';

/** Exactly the attributes the spec documents as filterable on GET /sess-manager. */
export const CUSTOMER_FILTER_FIELDS: readonly FilterField[] = [
  { id: 'accountName', label: 'Account', type: 'text' },
  { id: 'ipAddr', label: 'IP address', type: 'text' },
  { id: 'serverAddr', label: 'Server', type: 'text' },
];

/** Every documented SmsSession attribute, in display order, with the header people read. */
export const CUSTOMER_FIELDS = [
  ['sessionID', 'Session ID'],
  ['customer', 'Customer'],
  ['accountName', 'Account'],
  ['accountID', 'Account ID'],
  ['ipAddr', 'IP address'],
  ['serverAddr', 'Server'],
  ['blocked', 'Blocked'],
  ['sessionStart', 'Started'],
  ['sessionLastTick', 'Last tick'],
  ['authName', 'Auth name'],
  ['protocol', 'Protocol'],
  ['protocolVersion', 'Protocol version'],
  ['mode', 'Mode'],
  ['state', 'State'],
  ['ownerId', 'Owner ID'],
  ['ownerBpName', 'Owner BP'],
  ['ownerBpBriefName', 'Owner BP (brief)'],
] as const satisfies readonly (readonly [keyof CustomerSession, string])[];

export const CUSTOMER_COLUMN_IDS = CUSTOMER_FIELDS.map(([id]) => id);

export const CUSTOMER_DEFAULT_COLUMNS: readonly string[] = [
  'sessionID',
  'customer',
  'accountName',
  'authName',
  'ipAddr',
  'serverAddr',
  'mode',
  'state',
  'sessionStart',
  'sessionLastTick',
];

/** The customer grid's whole URL state, validated on read (see lib/grid-url-parsers). */
export const customerGridParsers = createGridUrlParsers({
  filterFields: CUSTOMER_FILTER_FIELDS,
  sortable: CUSTOMER_COLUMN_IDS,
  columns: CUSTOMER_COLUMN_IDS,
  defaultColumns: CUSTOMER_DEFAULT_COLUMNS,
  defaultSort: [],
});
