import { useState } from 'react';
import { NumberInput, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  describeRestartImpact,
  plural,
  summarizeRestartImpact,
  type GateConnectionImpact,
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
import { useActionSettings } from './action-settings';
import { restartImpactQueryOptions } from './restart-impact';

const connectionLine = (c: GateConnectionImpact) =>
  `${c.connectionName || c.connectionCName} (${c.connectionCName}): ${plural(
    c.instances.length,
    'instance',
  )} ${c.instances.length ? `#${c.instances.join(', #')}` : ''}`.trim();

function RestartGateDialog(props: {
  modalId: string;
  gates: string[];
  origin: string;
  onConfirmed?: () => void;
}) {
  const settings = useActionSettings();
  const [verifySeconds, setVerifySeconds] = useState(Math.round(settings.restartDeadlineMs / 1000));
  const targets = useTargetImpacts(props.gates, restartImpactQueryOptions, (target, rows) => {
    const impact = summarizeRestartImpact(target, rows);
    return { impact, count: impact.sessions, sentence: describeRestartImpact(impact) };
  });
  const total = targets.reduce((n, t) => n + t.count, 0);
  const single = targets.length === 1 ? targets[0] : undefined;
  const confirmation: ConfirmationImpact = single
    ? { kind: 'restart', sessions: total }
    : { kind: 'bulk-restart', targets: targets.length, sessions: total };
  const typedRequired = needsTypedConfirmation(confirmation);
  const phrase = single
    ? confirmationPhrase({ kind: 'restart', name: single.target })
    : confirmationPhrase({ kind: 'bulk-restart', count: targets.length });

  const intro = (
    <Text size="sm">
      {single ? (
        <>
          This drops <strong>every connection</strong> of the supplier gate{' '}
          <strong>{single.target}</strong> at once.
        </>
      ) : (
        <>
          This drops <strong>every connection</strong> of each of these{' '}
          <strong>{targets.length} gates</strong>, one gate after another.
        </>
      )}{' '}
      Traffic through the gate stops until the connections come back, normally within seconds and
      with new session IDs; the console checks that they do.
    </Text>
  );

  const facts = single ? (
    <Table withRowBorders={false} verticalSpacing={2} fz="sm" aria-label="What will be restarted">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row">Gate</Table.Th>
          <Table.Td>
            {single.target}
            {single.impact.gateName ? ` — ${single.impact.gateName}` : ''}
            {single.impact.supplier ? ` (${single.impact.supplier})` : ''}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Connections</Table.Th>
          <Table.Td>
            {single.impact.connections.length === 0
              ? 'none live right now'
              : single.impact.connections.map((c) => (
                  <div key={c.connectionCName}>{connectionLine(c)}</div>
                ))}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Sessions that drop</Table.Th>
          <Table.Td>{single.count}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  ) : (
    <>
      <Text size="sm" fw={600}>
        {plural(total, 'session')} drop in total.
      </Text>
      <Table fz="sm" verticalSpacing={2} aria-label="What will be restarted">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Gate</Table.Th>
            <Table.Th scope="col">Connections and instances</Table.Th>
            <Table.Th scope="col">Sessions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((t) => (
            <Table.Tr key={t.target}>
              <Table.Td>{t.target}</Table.Td>
              <Table.Td>
                {t.impact.connections.map((c) => (
                  <div key={c.connectionCName}>{connectionLine(c)}</div>
                ))}
              </Table.Td>
              <Table.Td>{t.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );

  return (
    <ActionConfirmFrame
      kind="restart"
      modalId={props.modalId}
      origin={props.origin}
      targets={targets}
      intro={intro}
      facts={facts}
      options={
        <NumberInput
          label="Expect the connections back within (seconds)"
          description="After this, the console warns that they have not come back."
          min={1}
          max={600}
          value={verifySeconds}
          onChange={(v) => setVerifySeconds(typeof v === 'number' && v >= 1 ? v : 30)}
          w={280}
        />
      }
      timings={{ restartDeadlineMs: Math.min(600, Math.max(1, verifySeconds)) * 1000 }}
      typedRequired={typedRequired}
      phrase={phrase}
      confirmationNote={confirmationNote(confirmation, phrase)}
      onConfirmed={props.onConfirmed}
      confirmLabel="Restart gate"
    />
  );
}

/** Opens the confirmation for restarting one or several supplier gates. */
export function openRestartGateDialog(
  gates: string[],
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
      gates.length === 1
        ? `Restart supplier gate ${gates[0] ?? ''}?`
        : `Restart ${gates.length} supplier gates?`,
    children: (
      <RestartGateDialog
        key={Date.now()}
        modalId={modalId}
        gates={gates}
        origin={origin}
        onConfirmed={onConfirmed}
      />
    ),
  });
}
