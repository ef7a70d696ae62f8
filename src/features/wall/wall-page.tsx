import { useMemo, useState } from 'react';
import { IconAlertOctagon, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { describeApiError } from '../../api/api-error';
import { useClockValue } from '../../components/use-now';
import {
  formatDelta,
  overallLevel,
  staleAfterFromParams,
  thresholdsFromParams,
  WALL_LABELS,
  WALL_METRICS,
  wallDeltas,
  wallLevels,
  type Level,
  type WallTotals,
} from '../../lib/aggregate-wall';
import { formatClock, formatCount, formatRelative } from '../../lib/format-time';
import { useDisplaySettings } from '../../components/use-display-settings';
import { useAggregation } from '../../workers/use-aggregation';
import classes from './wall.module.css';

const LEVEL_TEXT: Record<Level, string> = { green: 'OK', amber: 'Warning', red: 'Critical' };
const LEVEL_ICON = { green: IconCircleCheck, amber: IconAlertTriangle, red: IconAlertOctagon };

function refreshSeconds(params: URLSearchParams): number {
  const raw = params.get('refresh');
  const n = raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) : 15;
  return Math.max(5, n);
}

/**
 * The NOC wall: totals readable from across the room, no controls. Thresholds, stale threshold
 * and refresh come from the URL (`?staleRed=20&gatesDownAmber=1&refresh=30&staleAfter=90`).
 */
export function WallPage() {
  const [params] = useSearchParams();
  const thresholds = useMemo(() => thresholdsFromParams(params), [params]);
  const staleAfterMs = staleAfterFromParams(params);
  const interval = refreshSeconds(params) * 1000;
  const { timeZone } = useDisplaySettings();
  const { query } = useAggregation({ staleAfterMs, timeZone }, interval, false);

  // Changes since the last refresh: keep the totals of the previous successful answer.
  const [snap, setSnap] = useState<{
    at: number;
    current: WallTotals | null;
    previous: WallTotals | null;
  }>({
    at: 0,
    current: null,
    previous: null,
  });
  if (query.data && query.dataUpdatedAt !== snap.at) {
    setSnap({ at: query.dataUpdatedAt, current: query.data.wall, previous: snap.current });
  }

  const totals = query.data?.wall ?? null;
  const levels = totals ? wallLevels(totals, thresholds) : null;
  const deltas = totals ? wallDeltas(totals, snap.previous) : null;
  const overall = levels ? overallLevel(levels) : null;
  const updatedAt = query.dataUpdatedAt;
  // Read off the clock: the wall re-renders when these change, not on every tick.
  const ago = useClockValue((now) => (updatedAt > 0 ? formatRelative(updatedAt, now) : ''));
  // Stale when the last refresh failed, or when no answer came for two intervals.
  const overdue = useClockValue((now) => updatedAt > 0 && now - updatedAt > 2 * interval + 10_000);
  const stale = query.isError || overdue || (!query.data && query.failureCount > 0);

  return (
    <main className={classes.wall} data-level={overall ?? 'none'} aria-label="NOC wall">
      <h1 className={classes.title}>
        SMS platform
        <span className={classes.updated}>
          {updatedAt > 0
            ? `Updated ${formatClock(updatedAt)} (${ago})`
            : 'Waiting for the first update…'}
        </span>
      </h1>
      {stale && (
        <div className={classes.staleBanner} role="alert">
          <IconAlertOctagon aria-hidden size="1.2em" />
          <span>
            Data is stale
            {updatedAt > 0 ? ` — last successful update ${formatClock(updatedAt)}` : ''}.{' '}
            {query.error ? describeApiError(query.error) : 'No answer from the platform.'}
          </span>
        </div>
      )}
      <section className={classes.tiles} aria-label="Totals">
        {WALL_METRICS.map((m) => {
          const level = levels?.[m];
          const Icon = level ? LEVEL_ICON[level] : null;
          const delta = deltas?.[m];
          return (
            <div
              key={m}
              className={classes.tile}
              data-level={level ?? 'none'}
              data-stale={stale || undefined}
              data-testid={`wall-${m}`}
            >
              <div className={classes.label}>{WALL_LABELS[m]}</div>
              <div className={classes.value}>{totals ? formatCount(totals[m]) : '—'}</div>
              <div className={classes.status}>
                {Icon && <Icon aria-hidden size="1em" />}
                <span>{level ? LEVEL_TEXT[level] : ''}</span>
                {delta !== undefined && (
                  <span className={classes.delta}>{formatDelta(delta)} since last refresh</span>
                )}
              </div>
            </div>
          );
        })}
      </section>
      {query.data?.suppliersForbidden && (
        <p className={classes.note}>Gate figures need the supplier view privilege.</p>
      )}
    </main>
  );
}
