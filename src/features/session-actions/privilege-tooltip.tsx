import type { RefObject } from 'react';
import { Tooltip } from '@mantine/core';

/**
 * The tooltip naming a missing privilege, loaded only for users who lack one (Tooltip brings the
 * floating-ui positioning code). The button opens and closes it, so it can attach late without
 * re-creating the button under the pointer or the focus.
 */
export function PrivilegeTooltip({
  target,
  label,
  opened,
}: {
  target: RefObject<HTMLElement | null>;
  label: string;
  opened: boolean;
}) {
  return (
    <Tooltip
      target={target}
      label={label}
      opened={opened}
      withArrow
      // In place (inside the page's landmarks), fixed so a scrolling grid cannot clip it.
      withinPortal={false}
      floatingStrategy="fixed"
    />
  );
}
