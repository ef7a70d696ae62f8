import { List, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  describeStopImpact,
  plural,
  summarizeStopImpact,
  type Counted,
} from '../../lib/action-impact';
import {
  confirmationNote,
  confirmationPhrase,
  needsTypedConfirmation,
  type ConfirmationImpact,
} from '../../lib/action-confirmation';
import { ActionConfirmFrame } from './action-confirm-frame';
import { useTargetImpacts } from './use-target-impacts';
import { ACTION_DIALOG_ID, DIALOG_A11Y } from './action-dialog-a11y';
import { stopImpactQueryOptions } from './stop-impact';

const listCounts = (values: Counted[]) =>
  values.map((v) => (v.count > 1 ? `${v.value} (${v.count})` : v.value)).join(', ');

function StopBindsDialog(props: {
  modalId: string;
  authNames: string[];
  origin: string;
  onConfirmed?: () => void;
}) {
  const targets = useTargetImpacts(props.authNames, stopImpactQueryOptions, (target, rows) => {
    const impact = summarizeStopImpact(target, rows);
    return { impact, count: impact.binds, sentence: describeStopImpact(impact) };
  });
  const total = targets.reduce((n, t) => n + t.count, 0);
  const single = targets.length === 1 ? targets[0] : undefined;
  const confirmation: ConfirmationImpact = single
    ? { kind: 'stop', binds: total }
    : { kind: 'bulk-stop', targets: targets.length, binds: total };
  const typedRequired = needsTypedConfirmation(confirmation);
  const phrase = single
    ? confirmationPhrase({ kind: 'stop', name: single.target })
    : confirmationPhrase({ kind: 'bulk-stop', count: targets.length });

  const intro = (
    <Text size="sm">
      {single ? (
        <>
          This ends <strong>every SMPP bind</strong> that uses the auth name{' '}
          <strong>{single.target}</strong>, on every server. Messages on those binds stop now.
        </>
      ) : (
        <>
          This ends <strong>every SMPP bind</strong> of each of these{' '}
          <strong>{targets.length} auth names</strong>, one after another.
        </>
      )}{' '}
      The client may bind again by itself after a while, as SMPP clients do; the console watches for
      that and tells you when.
    </Text>
  );

  const facts = single ? (
    <Table withRowBorders={false} verticalSpacing={2} fz="sm" aria-label="What will be stopped">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row">Auth name</Table.Th>
          <Table.Td>{single.target}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Binds that drop now</Table.Th>
          <Table.Td>{single.count}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">From IP addresses</Table.Th>
          <Table.Td>{listCounts(single.impact.ips) || '—'}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">On servers</Table.Th>
          <Table.Td>{listCounts(single.impact.servers) || '—'}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  ) : (
    <>
      <Text size="sm" fw={600}>
        {plural(total, 'bind')} drop in total.
      </Text>
      <Table fz="sm" verticalSpacing={2} aria-label="What will be stopped">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Auth name</Table.Th>
            <Table.Th scope="col">Binds</Table.Th>
            <Table.Th scope="col">IP addresses</Table.Th>
            <Table.Th scope="col">Servers</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((t) => (
            <Table.Tr key={t.target}>
              <Table.Td>{t.target}</Table.Td>
              <Table.Td>{t.count}</Table.Td>
              <Table.Td>{listCounts(t.impact.ips) || '—'}</Table.Td>
              <Table.Td>{listCounts(t.impact.servers) || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );

  return (
    <ActionConfirmFrame
      kind="stop"
      modalId={props.modalId}
      origin={props.origin}
      targets={targets}
      intro={intro}
      facts={
        <>
          {facts}
          {total === 0 && (
            <List size="sm">
              <List.Item>Nothing is bound right now; the stop would change nothing.</List.Item>
            </List>
          )}
        </>
      }
      typedRequired={typedRequired}
      phrase={phrase}
      confirmationNote={confirmationNote(confirmation, phrase)}
      onConfirmed={props.onConfirmed}
      confirmLabel="Stop binds"
    />
  );
}

/** Opens the confirmation for stopping the binds of one or several auth names. */
export function openStopBindsDialog(
  authNames: string[],
  origin: string,
  onConfirmed?: () => void,
): void {
  // One id for every action dialog: a second open (a double click) is ignored while one is open.
  const modalId = ACTION_DIALOG_ID;
  modals.open({
    modalId,
    size: 'lg',
    ...DIALOG_A11Y,
    title:
      authNames.length === 1
        ? `Stop all binds of ${authNames[0] ?? ''}?`
        : `Stop the binds of ${authNames.length} auth names?`,
    children: (
      <StopBindsDialog
        key={Date.now()}
        modalId={modalId}
        authNames={authNames}
        origin={origin}
        onConfirmed={onConfirmed}
      />
    ),
  });
}
