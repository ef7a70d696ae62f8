import { createContext, use, useMemo, type ReactNode } from 'react';
import { useMe, type Me } from './get-me';

export interface CurrentUser {
  name: string;
  id: string;
  privileges: readonly string[];
  hasPrivilege: (privilege: string) => boolean;
}

function currentUserOf(me: Me | undefined): CurrentUser {
  const privileges = me?.privileges ?? [];
  return {
    name: me?.user.name ?? '',
    id: me?.user.id ?? '',
    privileges,
    hasPrivilege: (p) => privileges.includes(p),
  };
}

const CurrentUserContext = createContext<CurrentUser>(currentUserOf(undefined));

/**
 * One subscription to /auth/me for the whole app (dialogs included, which render beside the
 * routes): every grid row's action button reads the user, and a query observer per row made
 * each page of rows noticeably slower to mount.
 */
export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const { data } = useMe();
  const user = useMemo(() => currentUserOf(data), [data]);
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}

/** The signed-in user; empty (no name, no privileges) until /auth/me has answered. */
export function useCurrentUser(): CurrentUser {
  return use(CurrentUserContext);
}
