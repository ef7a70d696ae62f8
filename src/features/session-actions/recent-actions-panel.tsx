import { lazy, Suspense, useState } from 'react';
import { Badge, Button, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import { useActionRecords } from './action-store';

// The drawer (a table, the settings form's number inputs) loads when the button is approached.
const RecentActionsDrawer = lazy(() =>
  import('./recent-actions-drawer').then((m) => ({ default: m.RecentActionsDrawer })),
);

/** This browser session's actions with their verified outcome; opened from the header. */
export function RecentActionsButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const [wanted, setWanted] = useState(false);
  const prepare = () => setWanted(true);
  const records = useActionRecords();
  const watching = records.filter(
    (r) => r.status === 'sending' || r.verification?.phase === 'checking',
  ).length;
  return (
    <>
      <Button
        variant="default"
        size="sm"
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => {
          prepare();
          open();
        }}
        leftSection={<IconHistory size={16} aria-hidden />}
        rightSection={
          records.length > 0 ? (
            <Badge size="sm" variant="outline" color="dark">
              {records.length}
            </Badge>
          ) : undefined
        }
      >
        Recent actions
        {watching > 0 && <VisuallyHidden>, {watching} in progress</VisuallyHidden>}
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <RecentActionsDrawer opened={opened} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
