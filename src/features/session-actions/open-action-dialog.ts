// The confirmation dialogs (and the code that sends and verifies an action) load on the first
// click of an action button rather than with the grid.

export function openStopBindsDialog(
  authNames: string[],
  origin: string,
  onConfirmed?: () => void,
): void {
  void import('./stop-binds-dialog').then((m) =>
    m.openStopBindsDialog(authNames, origin, onConfirmed),
  );
}

export function openRestartGateDialog(
  gates: string[],
  origin: string,
  onConfirmed?: () => void,
): void {
  void import('./restart-gate-dialog').then((m) =>
    m.openRestartGateDialog(gates, origin, onConfirmed),
  );
}
