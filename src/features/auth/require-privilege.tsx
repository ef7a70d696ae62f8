import type { ReactNode } from 'react';
import { NoAccessPanel } from '../../components/no-access-panel';
import {
  CUSTOMER_VIEW_PRIVILEGE,
  describeAbilities,
  SUPPLIER_VIEW_PRIVILEGE,
} from '../../lib/privileges';
import { useCurrentUser } from './current-user';

/**
 * Renders the page only for an account with `privilege`; others get a plain explanation instead
 * of the platform's 403 (and the page sends no request the platform would refuse).
 */
export function RequirePrivilege({
  privilege,
  title,
  children,
}: {
  privilege: string;
  /** "Supplier sessions are not available to your account". */
  title: string;
  children: ReactNode;
}) {
  const user = useCurrentUser();
  if (user.hasPrivilege(privilege)) return children;
  // A way on to a page this account can open, if there is one.
  const back = user.hasPrivilege(CUSTOMER_VIEW_PRIVILEGE)
    ? { to: '/customer-sessions', label: 'Go to customer sessions' }
    : user.hasPrivilege(SUPPLIER_VIEW_PRIVILEGE)
      ? { to: '/supplier-sessions', label: 'Go to supplier sessions' }
      : undefined;
  return (
    <NoAccessPanel
      title={title}
      privilege={privilege}
      abilities={describeAbilities(user.privileges)}
      back={back}
    />
  );
}
