import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useActionPermission, type ActionKindName } from './action-privileges';

const WHAT: Record<ActionKindName, string> = { stop: 'stop binds', restart: 'restart gates' };

/**
 * One line on a page whose action the account may not take, saying so and why, where the page's
 * actions are: a disabled button alone (in a grid, perhaps off to the side) explains nothing.
 */
export function ActionAccessNote({ kind }: { kind: ActionKindName }) {
  const permission = useActionPermission(kind);
  if (permission.allowed) return null;
  const who = permission.user ? `Your account (${permission.user})` : 'Your account';
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconLock size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
      <Text size="sm">
        {`${who} may view these sessions but not ${WHAT[kind]}: that needs the privilege "${permission.privilege}".`}
      </Text>
    </Group>
  );
}
