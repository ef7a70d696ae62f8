import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  Loader,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '../../api/api-error';
import {
  describeBulkSummary,
  runBulk,
  summarizeBulk,
  type BulkItem,
} from '../../lib/action-bulk-runner';
import { canConfirm, isConfirmationTyped } from '../../lib/action-confirmation';
import type { ObservedRow, VerificationTimings } from '../../lib/action-verification';
import { describeActionError } from './action-errors';
import { bulkId, carryOutAction } from './action-flow';
import { useActionPermission, type ActionKindName } from './action-privileges';
import { setActionSettings, useActionSettings } from './action-settings';
import { useActionRecords } from './action-store';
import { verificationText } from './action-text';

export interface TargetImpact {
  target: string;
  status: 'loading' | 'error' | 'ready';
  error: unknown;
  rows: readonly ObservedRow[];
  /** Binds or sessions that drop. */
  count: number;
  sentence: string;
  refetch: () => void;
}

export interface ActionConfirmFrameProps {
  kind: ActionKindName;
  modalId: string;
  origin: string;
  targets: TargetImpact[];
  /** What will happen, in plain words (always shown, even while the facts load). */
  intro: ReactNode;
  /** The facts, rendered once every impact has loaded. */
  facts: ReactNode;
  options?: ReactNode;
  timings?: Partial<VerificationTimings>;
  typedRequired: boolean;
  phrase: string;
  /** Why typing is needed, or why one click is enough (lib/action-confirmation). */
  confirmationNote?: string;
  confirmLabel: string;
  /** Called once the operator has confirmed (e.g. to clear the grid's selection). */
  onConfirmed?: () => void;
}

function ErrorBox({ error, kind, title }: { error: unknown; kind: ActionKindName; title: string }) {
  return (
    <Alert color="red" title={title} icon={<IconAlertCircle aria-hidden />} role="alert">
      <Text size="sm">{describeActionError(error, kind)}</Text>
      {isApiError(error) && (
        <Text size="xs" c="dimmed" mt={4}>
          Code <Code>{error.code}</Code>
          {error.status > 0 ? ` · HTTP ${error.status}` : ''}
        </Text>
      )}
    </Alert>
  );
}

const STATUS_LABEL: Record<BulkItem<string>['status'], string> = {
  pending: 'Waiting',
  running: 'Sending…',
  succeeded: 'Accepted',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
const STATUS_COLOR: Record<BulkItem<string>['status'], string> = {
  pending: 'gray',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
  cancelled: 'gray',
};

/**
 * The shared body of the stop and restart dialogs: facts, typed confirmation, one request per
 * confirmation (a ref, not state, guards against a double click or repeated Enter landing in the
 * same frame), errors inside the dialog, and for several targets the staggered, cancellable run.
 */
export function ActionConfirmFrame(props: ActionConfirmFrameProps) {
  const { kind, targets, modalId } = props;
  const queryClient = useQueryClient();
  const permission = useActionPermission(kind);
  const settings = useActionSettings();
  const records = useActionRecords();
  const bulk = targets.length > 1;

  const [typed, setTyped] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [items, setItems] = useState<readonly BulkItem<string>[] | null>(null);
  const [recordIds, setRecordIds] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const lock = useRef(false);
  const abort = useRef<AbortController | null>(null);

  const impactStatus = targets.some((t) => t.status === 'error')
    ? 'error'
    : targets.some((t) => t.status === 'loading')
      ? 'loading'
      : 'ready';
  const typedOk = isConfirmationTyped(typed, props.phrase);
  const confirmable =
    permission.allowed &&
    items === null &&
    canConfirm({ impactStatus, typedRequired: props.typedRequired, typedOk, sending });

  const setClosable = (closable: boolean) =>
    modals.updateModal({
      modalId,
      closeOnEscape: closable,
      closeOnClickOutside: closable,
      withCloseButton: closable,
    });

  const request = (target: string, bulkRunId?: string) => {
    const impact = targets.find((t) => t.target === target);
    return carryOutAction(
      {
        kind,
        target,
        origin: props.origin,
        user: permission.user,
        impact: impact?.sentence,
        before: impact?.rows ?? [],
        notify: !bulkRunId,
        ...(bulkRunId ? { bulkId: bulkRunId } : {}),
        ...(props.timings ? { timings: props.timings } : {}),
      },
      queryClient,
    );
  };

  const runSingle = async (target: string) => {
    try {
      await request(target);
      modals.close(modalId);
    } catch (e) {
      setError(e);
      lock.current = false;
      setSending(false);
      setClosable(true);
    }
  };

  const runMany = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const runId = bulkId();
    const title = `${props.confirmLabel}: ${targets.length} ${kind === 'stop' ? 'auth names' : 'gates'}`;
    notifications.show({ id: runId, title, message: 'Starting…', loading: true, autoClose: false });
    const result = await runBulk(
      targets.map((t) => t.target),
      async (target) => {
        const record = await request(target, runId);
        setRecordIds((ids) => ({ ...ids, [target]: record.id }));
      },
      {
        staggerMs: settings.staggerMs,
        signal: controller.signal,
        onUpdate: (next) => {
          setItems(next);
          const s = summarizeBulk(next);
          notifications.update({
            id: runId,
            title,
            message: describeBulkSummary(s),
            loading: true,
          });
        },
      },
    );
    const summary = summarizeBulk(result);
    notifications.update({
      id: runId,
      title,
      message: describeBulkSummary(summary),
      loading: false,
      color: summary.failed ? 'red' : summary.cancelled ? 'yellow' : 'green',
      autoClose: 15_000,
    });
    abort.current = null;
    setDone(true);
    setSending(false);
    setClosable(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lock.current || !confirmable) return;
    lock.current = true;
    setSending(true);
    setError(null);
    setClosable(false);
    props.onConfirmed?.();
    const first = targets[0];
    if (!bulk && first) void runSingle(first.target);
    else void runMany();
  };

  const running = items !== null && !done;
  const summary = items ? summarizeBulk(items) : null;
  const recordFor = (target: string) => {
    const id = recordIds[target];
    return id ? records.find((r) => r.id === id) : undefined;
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {props.intro}

        {impactStatus === 'loading' && (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">Loading what this will affect right now…</Text>
          </Group>
        )}
        {impactStatus === 'error' && (
          <Stack gap="xs">
            <ErrorBox
              kind={kind}
              title="What this would affect could not be loaded, so it cannot be confirmed"
              error={targets.find((t) => t.status === 'error')?.error}
            />
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  targets.filter((t) => t.status === 'error').forEach((t) => t.refetch())
                }
              >
                Load again
              </Button>
            </Group>
          </Stack>
        )}
        {impactStatus === 'ready' && props.facts}

        {impactStatus === 'ready' && items === null && props.options}

        {bulk && items === null && (
          <NumberInput
            label="Pause between requests (ms)"
            description="Requests go one after another with this pause; you can cancel between them."
            min={0}
            max={60_000}
            step={100}
            value={settings.staggerMs}
            onChange={(v) => setActionSettings({ staggerMs: typeof v === 'number' ? v : 0 })}
            w={280}
          />
        )}

        {props.typedRequired && impactStatus === 'ready' && items === null && (
          <TextInput
            label={
              <>
                Type <Code>{props.phrase}</Code> to confirm
              </>
            }
            description={props.confirmationNote}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            error={typed !== '' && !typedOk ? 'Does not match yet' : undefined}
          />
        )}

        {!props.typedRequired &&
          props.confirmationNote &&
          impactStatus === 'ready' &&
          items === null && (
            <Text size="sm" c="dimmed">
              {props.confirmationNote}
            </Text>
          )}

        {!permission.allowed && (
          <Alert color="yellow" role="alert">
            {permission.reason}
          </Alert>
        )}

        {error !== null && <ErrorBox error={error} kind={kind} title="The action failed" />}

        {items !== null && (
          <Stack gap="xs">
            <Text fw={600} id={`${modalId}-progress`}>
              Progress
            </Text>
            <List spacing={4} listStyleType="none" aria-labelledby={`${modalId}-progress`}>
              {items.map((item) => {
                const record = recordFor(item.target);
                return (
                  <List.Item key={item.target}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Badge color={STATUS_COLOR[item.status]} variant="dot" miw={100}>
                        {STATUS_LABEL[item.status]}
                      </Badge>
                      <Stack gap={0}>
                        <Text size="sm" fw={600}>
                          {item.target}
                        </Text>
                        {item.status === 'failed' && (
                          <Text size="sm" c="red.8">
                            {describeActionError(item.error, kind)}
                            {isApiError(item.error) ? ` (${item.error.code})` : ''}
                          </Text>
                        )}
                        {record && record.status === 'accepted' && (
                          <Text size="xs" c="dimmed">
                            {verificationText(record)}
                          </Text>
                        )}
                      </Stack>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
            {summary && done && (
              <Alert
                role="status"
                color={summary.failed ? 'red' : summary.cancelled ? 'yellow' : 'green'}
                title="Finished"
              >
                {describeBulkSummary(summary)}.
                {summary.failed > 0 && ' Failed items are listed above with their reason.'}
              </Alert>
            )}
          </Stack>
        )}

        <Group justify="flex-end" gap="sm">
          {running ? (
            <Button
              variant="default"
              onClick={() => {
                setCancelling(true);
                abort.current?.abort();
              }}
              disabled={cancelling}
            >
              {cancelling ? 'Cancelling after the current request…' : 'Cancel remaining'}
            </Button>
          ) : (
            <Button variant="default" onClick={() => modals.close(modalId)} data-autofocus>
              {done ? 'Close' : 'Cancel'}
            </Button>
          )}
          {!done && (
            <Button
              type="submit"
              color="red"
              loading={sending && !bulk}
              disabled={!confirmable}
              aria-disabled={!confirmable}
            >
              {props.confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
