import { RESTART_GATES_PRIVILEGE, STOP_BINDS_PRIVILEGE } from '../../lib/privileges';
import { useCurrentUser } from '../auth/current-user';

export const STOP_PRIVILEGE = STOP_BINDS_PRIVILEGE;
export const RESTART_PRIVILEGE = RESTART_GATES_PRIVILEGE;

export type ActionKindName = 'stop' | 'restart';

export const PRIVILEGE_OF: Record<ActionKindName, string> = {
  stop: STOP_PRIVILEGE,
  restart: RESTART_PRIVILEGE,
};

/** Whether the signed-in user may run the action, and if not, the sentence a tooltip shows. */
export function useActionPermission(kind: ActionKindName) {
  const user = useCurrentUser();
  const privilege = PRIVILEGE_OF[kind];
  const allowed = user.hasPrivilege(privilege);
  return {
    allowed,
    privilege,
    user: user.name,
    reason: allowed ? null : `You need the privilege "${privilege}" to do this.`,
  };
}
