import {
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { Button, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import classes from '../../components/light-elements.module.css';
import { useActionPermission, type ActionKindName } from './action-privileges';
import { openRestartGateDialog, openStopBindsDialog } from './open-action-dialog';

const PrivilegeTooltip = lazy(() =>
  import('./privilege-tooltip').then((m) => ({ default: m.PrivilegeTooltip })),
);

interface GuardedButtonProps extends Omit<ButtonProps, 'children'> {
  kind: ActionKindName;
  label: string;
  /** The accessible name when the visible label alone is ambiguous (e.g. in a grid row). */
  ariaLabel?: string;
  /**
   * A plain button drawn like Mantine's compact light one: grid rows mount one each, and a
   * Mantine Button costs several components per row.
   */
  inline?: boolean;
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
  inline = false,
  onOpen,
  ...rest
}: GuardedButtonProps) {
  const permission = useActionPermission(kind);
  const reasonId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Shown on hover, focus and touch, like Mantine's own tooltip events; Escape hides it.
  const [tipOpened, setTipOpened] = useState(false);
  const Icon = kind === 'stop' ? IconPlayerStop : IconRefresh;
  const onClick = (event: MouseEvent) => {
    if (!permission.allowed) {
      event.preventDefault();
      return;
    }
    onOpen();
  };
  const tipEvents = permission.allowed
    ? {}
    : {
        onPointerEnter: () => setTipOpened(true),
        onPointerLeave: () => setTipOpened(false),
        onFocus: () => setTipOpened(true),
        onBlur: () => setTipOpened(false),
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === 'Escape') setTipOpened(false);
        },
      };
  const shared = {
    ...tipEvents,
    'data-disabled': permission.allowed ? undefined : true,
    'aria-disabled': permission.allowed ? undefined : true,
    'aria-label': ariaLabel,
    'aria-describedby': permission.allowed ? undefined : reasonId,
    onClick,
  };
  const button = inline ? (
    <button ref={buttonRef} type="button" className={classes.actionButton} {...shared}>
      <Icon size={14} aria-hidden />
      {label}
    </button>
  ) : (
    <Button
      ref={buttonRef}
      color="red"
      variant="light"
      leftSection={<Icon size={14} aria-hidden />}
      {...rest}
      {...shared}
    >
      {label}
    </Button>
  );
  if (permission.allowed) return button;
  return (
    <>
      <Suspense fallback={null}>
        <PrivilegeTooltip target={buttonRef} label={permission.reason ?? ''} opened={tipOpened} />
      </Suspense>
      {button}
      <VisuallyHidden id={reasonId}>{permission.reason}</VisuallyHidden>
    </>
  );
}

export function StopBindsButton(props: {
  authName: string | undefined;
  origin: string;
  /** Without a size: the compact button of a grid row. */
  size?: ButtonProps['size'];
  ariaLabel?: string;
  label?: string;
}) {
  const { authName } = props;
  if (!authName) return null;
  return (
    <GuardedActionButton
      kind="stop"
      size={props.size}
      inline={props.size === undefined}
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
      size={props.size}
      inline={props.size === undefined}
      label={props.label ?? 'Restart gate'}
      ariaLabel={props.ariaLabel ?? (props.label ? undefined : `Restart gate ${gateCName}`)}
      onOpen={() => openRestartGateDialog([gateCName], props.origin)}
    />
  );
}
