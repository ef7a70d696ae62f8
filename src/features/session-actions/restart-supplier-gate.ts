import { useMutation } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import { withTimeout } from './action-errors';

/** PUT /supplier-gates/restart {cName}: drops every connection of the gate; they come back. */
export function restartSupplierGate(cName: string): Promise<{ cName?: string }> {
  return withTimeout((signal) =>
    unwrap(
      apiClient.PUT('/supplier-gates/{action}', {
        params: { path: { action: 'restart' } },
        body: { cName },
        signal,
      }),
    ),
  );
}

export function useRestartSupplierGate() {
  return useMutation({
    mutationKey: ['supplier-gates', 'restart'],
    mutationFn: restartSupplierGate,
  });
}
