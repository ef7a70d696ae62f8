import type { components } from '../../api/schema.gen';
import type { FilterField } from '../../lib/filter-grammar';
import { createGridUrlParsers } from '../../lib/grid-url-parsers';

export type SupplierSession = components['schemas']['SmsSessionSupplier'];

export const SUPPLIER_PRIVILEGE = 'sms-supplier-session-manager.view';

/** Exactly the attributes the spec documents as filterable on GET /sess-manager-suppliers. */
export const SUPPLIER_FILTER_FIELDS: readonly FilterField[] = [
  { id: 'ownerId', label: 'Owner ID', type: 'integer' },
  { id: 'ownerBpName', label: 'Owner BP', type: 'text' },
];

/** Every documented SmsSessionSupplier attribute, in display order, with the header people read. */
export const SUPPLIER_FIELDS = [
  ['sessionID', 'Session ID'],
  ['gateID', 'Gate ID'],
  ['connID', 'Connection ID'],
  ['instNum', 'Instance'],
  ['sessionType', 'Session type'],
  ['startDT', 'Started'],
  ['status', 'Status'],
  ['lastTickDT', 'Last tick'],
  ['protocolVersion', 'Protocol version'],
  ['supplier', 'Supplier'],
  ['gateName', 'Gate'],
  ['connectionName', 'Connection'],
  ['remoteHost', 'Remote host'],
  ['remotePort', 'Remote port'],
  ['localHost', 'Local host'],
  ['localPort', 'Local port'],
  ['gateCName', 'Gate code name'],
  ['connectionCName', 'Connection code name'],
  ['ownerId', 'Owner ID'],
  ['ownerBpName', 'Owner BP'],
  ['ownerBpBriefName', 'Owner BP (brief)'],
] as const satisfies readonly (readonly [keyof SupplierSession, string])[];

export const SUPPLIER_COLUMN_IDS = SUPPLIER_FIELDS.map(([id]) => id);

export const SUPPLIER_DEFAULT_COLUMNS: readonly string[] = [
  'sessionID',
  'supplier',
  'gateName',
  'connectionName',
  'status',
  'remoteHost',
  'remotePort',
  'startDT',
  'lastTickDT',
  'ownerBpName',
];

/** The supplier grid's whole URL state, validated on read (see lib/grid-url-parsers). */
export const supplierGridParsers = createGridUrlParsers({
  filterFields: SUPPLIER_FILTER_FIELDS,
  sortable: SUPPLIER_COLUMN_IDS,
  columns: SUPPLIER_COLUMN_IDS,
  defaultColumns: SUPPLIER_DEFAULT_COLUMNS,
  defaultSort: [],
});
