// The platform's four privileges (token scopes) and what each lets a user do in the console, in
// the words the console uses to explain an account's limits.

export const CUSTOMER_VIEW_PRIVILEGE = 'sms-session-manager.view';
export const SUPPLIER_VIEW_PRIVILEGE = 'sms-supplier-session-manager.view';
export const STOP_BINDS_PRIVILEGE = 'customer-connection-session-manager.manage';
export const RESTART_GATES_PRIVILEGE = 'supplier-gate-session-manager.manage';

const ABILITIES: readonly (readonly [string, string])[] = [
  [CUSTOMER_VIEW_PRIVILEGE, 'see customer sessions'],
  [SUPPLIER_VIEW_PRIVILEGE, 'see supplier sessions'],
  [STOP_BINDS_PRIVILEGE, 'stop customer binds'],
  [RESTART_GATES_PRIVILEGE, 'restart supplier gates'],
];

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "Your account may see customer sessions and stop customer binds." */
export function describeAbilities(privileges: readonly string[]): string {
  const may = ABILITIES.filter(([p]) => privileges.includes(p)).map(([, what]) => what);
  return may.length === 0
    ? 'Your account may not see or change anything in this console.'
    : `Your account may ${joinAnd(may)}.`;
}
