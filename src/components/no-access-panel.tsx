import { Button, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';

/**
 * What a page says to an account that lacks the privilege to open it (from a link, a bookmark, a
 * colleague's URL): which privilege it needs and what the account may do instead. Not an error:
 * nothing failed, and trying again would not help.
 */
export function NoAccessPanel({
  title,
  privilege,
  abilities,
  back,
}: {
  title: string;
  privilege: string;
  /** What the account may do, in one sentence. */
  abilities: string;
  /** A page the account can open instead. */
  back?: { to: string; label: string };
}) {
  return (
    <Stack align="flex-start" gap="sm" py="lg">
      <Title order={2}>
        <IconLock size="0.9em" aria-hidden style={{ marginRight: 8, verticalAlign: '-0.1em' }} />
        {title}
      </Title>
      <Text>
        {`This page needs the privilege "${privilege}", which your account does not have. Ask your platform administrator if you need it.`}
      </Text>
      <Text>{abilities}</Text>
      {back && (
        <Button component={Link} to={back.to} variant="default">
          {back.label}
        </Button>
      )}
    </Stack>
  );
}
