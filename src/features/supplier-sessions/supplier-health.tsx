import { HealthBadges, type HealthMark } from '../../components/health-badge';
import type { SupplierSession } from './supplier-grid-config';

const HEALTHY = new Set([
  'BOUND',
  'BOUND_TRX',
  'BOUND_TX',
  'BOUND_RX',
  'OK',
  'CONNECTED',
  'ACTIVE',
  'UP',
]);
const COMING_BACK = /RECONN|CONNECTING|BINDING|RETRY|PENDING|STARTING/;

/** Anything that is not a bound/ok state is a problem: coming back, or down. */
export function supplierHealth(row: SupplierSession): HealthMark {
  const status = (row.status ?? '').trim().toUpperCase();
  if (HEALTHY.has(status)) return 'ok';
  if (COMING_BACK.test(status)) return 'reconnecting';
  return 'down';
}

export function SupplierHealth({ row }: { row: SupplierSession }) {
  return <HealthBadges marks={[supplierHealth(row)]} />;
}
