import { useMutation } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import { withTimeout } from './action-errors';

/** PUT /customer-connections/stop {authName}: ends every bind with that auth name (201 echoes it). */
export function stopCustomerConnections(authName: string): Promise<{ authName?: string }> {
  return withTimeout((signal) =>
    unwrap(
      apiClient.PUT('/customer-connections/{action}', {
        params: { path: { action: 'stop' } },
        body: { authName },
        signal,
      }),
    ),
  );
}

export function useStopCustomerConnections() {
  return useMutation({
    mutationKey: ['customer-connections', 'stop'],
    mutationFn: stopCustomerConnections,
  });
}
