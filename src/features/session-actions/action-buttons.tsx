import { useId, type MouseEvent } from 'react';
import { Button, Tooltip, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { useActionPermission, type ActionKindName } from './action-privileges';
import { openRestartGateDialog } from './restart-gate-dialog';
import { openStopBindsDialog } from './stop-binds-dialog';

interface GuardedButtonProps extends Omit<ButtonProps, 'children'> {
  kind: ActionKindName;
  label: string;
  /** The accessible name when the visible label alone is ambiguous (e.g. in a grid row). */
  ariaLabel?: string;
  onOpen: () => void;
}

/**
 * Without the privilege the button stays focusable but inert (aria-disabled), so its tooltip,
 * which names the missing privilege, is reachable by mouse and keyboard alike.
 */
export function GuardedActionButton({
  kind,
  label,
  ariaLabel,
  onOpen,
  ...rest
}: GuardedButtonProps) {
  const permission = useActionPermission(kind);
  const reasonId = useId();
  const Icon = kind === 'stop' ? IconPlayerStop : IconRefresh;
  const onClick = (event: MouseEvent) => {
    if (!permission.allowed) {
      event.preventDefault();
      return;
    }
    onOpen();
  };
  const button = (
    <Button
      color="red"
      variant="light"
      leftSection={<Icon size={14} aria-hidden />}
      {...rest}
      data-disabled={permission.allowed ? undefined : true}
      aria-disabled={permission.allowed ? undefined : true}
      aria-label={ariaLabel}
      aria-describedby={permission.allowed ? undefined : reasonId}
      onClick={onClick}
    >
      {label}
    </Button>
  );
  if (permission.allowed) return button;
  return (
    <>
      <Tooltip
        label={permission.reason}
        events={{ hover: true, focus: true, touch: true }}
        withArrow
        // In place (inside the page's landmarks), fixed so a scrolling grid cannot clip it.
        withinPortal={false}
        floatingStrategy="fixed"
      >
        {button}
      </Tooltip>
      <VisuallyHidden id={reasonId}>{permission.reason}</VisuallyHidden>
    </>
  );
}

export function StopBindsButton(props: {
  authName: string | undefined;
  origin: string;
  size?: ButtonProps['size'];
  ariaLabel?: string;
  label?: string;
}) {
  const { authName } = props;
  if (!authName) return null;
  return (
    <GuardedActionButton
      kind="stop"
      size={props.size ?? 'compact-xs'}
      label={props.label ?? 'Stop binds'}
      // A visible label that names the auth name needs no separate accessible name.
      ariaLabel={props.ariaLabel ?? (props.label ? undefined : `Stop binds of ${authName}`)}
      onOpen={() => openStopBindsDialog([authName], props.origin)}
    />
  );
}

export function RestartGateButton(props: {
  gateCName: string | undefined;
  origin: string;
  size?: ButtonProps['size'];
  ariaLabel?: string;
  label?: string;
}) {
  const { gateCName } = props;
  if (!gateCName) return null;
  return (
    <GuardedActionButton
      kind="restart"
      size={props.size ?? 'compact-xs'}
      label={props.label ?? 'Restart gate'}
      ariaLabel={props.ariaLabel ?? (props.label ? undefined : `Restart gate ${gateCName}`)}
      onOpen={() => openRestartGateDialog([gateCName], props.origin)}
    />
  );
}
