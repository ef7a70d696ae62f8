// The confirmation dialogs (and the code that sends and verifies an action) load on the first
// click of an action button rather than with the grid; they open once something listens.
import { modalsHostReady } from '../../lib/modals-host';

export function openStopBindsDialog(
  authNames: string[],
  origin: string,
  onConfirmed?: () => void,
): void {
  void Promise.all([import('./stop-binds-dialog'), modalsHostReady]).then(([m]) =>
    m.openStopBindsDialog(authNames, origin, onConfirmed),
  );
}

export function openRestartGateDialog(
  gates: string[],
  origin: string,
  onConfirmed?: () => void,
): void {
  void Promise.all([import('./restart-gate-dialog'), modalsHostReady]).then(([m]) =>
    m.openRestartGateDialog(gates, origin, onConfirmed),
  );
}
