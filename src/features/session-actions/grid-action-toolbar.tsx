import { Stack } from '@mantine/core';
import { ActionAccessNote } from './action-access-note';
import { OriginOutcomes } from './action-outcome';
import { BulkActionBar } from './bulk-action-bar';

export const CUSTOMER_GRID_ORIGIN = 'Customer sessions';
export const SUPPLIER_GRID_ORIGIN = 'Supplier sessions';

/** Above the customer grid: results of actions started here, and the bulk bar for a selection. */
export function CustomerActionsToolbar() {
  return (
    <Stack gap="xs">
      <ActionAccessNote kind="stop" />
      <OriginOutcomes origin={CUSTOMER_GRID_ORIGIN} />
      <BulkActionBar<{ authName?: string }>
        kind="stop"
        origin={CUSTOMER_GRID_ORIGIN}
        nameOf={(row) => row.authName}
      />
    </Stack>
  );
}

export function SupplierActionsToolbar() {
  return (
    <Stack gap="xs">
      <ActionAccessNote kind="restart" />
      <OriginOutcomes origin={SUPPLIER_GRID_ORIGIN} />
      <BulkActionBar<{ gateCName?: string }>
        kind="restart"
        origin={SUPPLIER_GRID_ORIGIN}
        nameOf={(row) => row.gateCName}
      />
    </Stack>
  );
}
