import { useMe } from './get-me';

/** The signed-in user; only meaningful below the AuthGate, which renders nothing else until then. */
export function useCurrentUser() {
  const { data } = useMe();
  return {
    name: data?.user.name ?? '',
    id: data?.user.id ?? '',
    privileges: data?.privileges ?? [],
    hasPrivilege: (p: string) => data?.privileges.includes(p) ?? false,
  };
}
