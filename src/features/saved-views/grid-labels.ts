import type { GridKind } from '../../lib/saved-views';

export const GRID_LABELS: Record<GridKind, string> = {
  'customer-sessions': 'Customer sessions',
  'supplier-sessions': 'Supplier sessions',
};
