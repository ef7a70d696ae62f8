import { lazy, Suspense, useId, useMemo, useState, type CSSProperties } from 'react';
import {
  IconAdjustments,
  IconAlertOctagon,
  IconAlertTriangle,
  IconCircleCheck,
} from '@tabler/icons-react';
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
  type WallMetric,
  type WallTotals,
} from '../../lib/aggregate-wall';
import { formatClock, formatCount, formatRelative } from '../../lib/format-time';
import { countWidthEm, labelWidthEm, widestEm } from '../../lib/wall-fit';
import { SUPPLIER_VIEW_PRIVILEGE } from '../../lib/privileges';
import { refreshSecondsFromParams } from '../../lib/wall-settings';
import { useDisplaySettings } from '../../components/use-display-settings';
import { useAggregation } from '../../workers/use-aggregation';
import { useCurrentUser } from '../auth/current-user';
import classes from './wall.module.css';

// Loaded when first opened: the wall itself needs none of the form's code.
const WallSettingsPanel = lazy(() =>
  import('./wall-settings-panel').then((m) => ({ default: m.WallSettingsPanel })),
);

const LEVEL_TEXT: Record<Level, string> = { green: 'OK', amber: 'Warning', red: 'Critical' };
const LEVEL_ICON = { green: IconCircleCheck, amber: IconAlertTriangle, red: IconAlertOctagon };

const GATE_METRICS: ReadonlySet<WallMetric> = new Set(['gatesDown', 'gatesReconnecting']);

/**
 * The NOC wall: totals readable from across the room, one discreet settings button. Thresholds,
 * stale threshold and refresh come from the URL (`?staleRed=20&gatesDownAmber=1&refresh=30&
 * staleAfter=90`), which the settings panel shows and changes.
 */
export function WallPage() {
  const [params, setParams] = useSearchParams();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const idPrefix = useId();
  const thresholds = useMemo(() => thresholdsFromParams(params), [params]);
  const staleAfterMs = staleAfterFromParams(params);
  const refreshSeconds = refreshSecondsFromParams(params);
  const interval = refreshSeconds * 1000;
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
  // Gate figures need the supplier view privilege: without it they are not shown at all, rather
  // than as zeros that read as "all gates fine".
  const user = useCurrentUser();
  const gatesHidden =
    !user.hasPrivilege(SUPPLIER_VIEW_PRIVILEGE) || query.data?.suppliersForbidden === true;
  const metrics = WALL_METRICS.filter((m) => !(gatesHidden && GATE_METRICS.has(m)));
  const values = metrics.map((m) => (totals ? formatCount(totals[m]) : '—'));
  // Every tile's number and label sized to fit the tile (wall.module.css): from their widths.
  const fit = {
    '--value-em': widestEm(values, countWidthEm),
    '--label-em': widestEm(
      metrics.map((m) => WALL_LABELS[m]),
      labelWidthEm,
    ),
  } as CSSProperties;

  return (
    <main className={classes.wall} data-level={overall ?? 'none'} aria-label="NOC wall">
      <div className={classes.titleRow}>
        <h1 className={classes.title}>
          SMS platform
          <span className={classes.updated}>
            {updatedAt > 0
              ? `Updated ${formatClock(updatedAt)} (${ago})`
              : 'Waiting for the first update…'}
          </span>
        </h1>
        <button
          type="button"
          className={classes.settingsButton}
          onClick={() => setSettingsOpen(true)}
          aria-haspopup="dialog"
        >
          <IconAdjustments aria-hidden size="1.1em" />
          Settings
        </button>
      </div>
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
      <section className={classes.tiles} aria-label="Totals" style={fit}>
        {metrics.map((m, i) => {
          const level = levels?.[m];
          const Icon = level ? LEVEL_ICON[level] : null;
          const delta = deltas?.[m];
          const labelId = `${idPrefix}-${m}`;
          return (
            <div
              key={m}
              role="group"
              aria-labelledby={labelId}
              className={classes.tile}
              data-level={level ?? 'none'}
              data-stale={stale || undefined}
              data-testid={`wall-${m}`}
            >
              <div className={classes.label} id={labelId}>
                {WALL_LABELS[m]}
              </div>
              <div className={classes.value}>{values[i]}</div>
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
      {gatesHidden && (
        <p className={classes.note}>
          {`Gate figures are not shown: they need the privilege "${SUPPLIER_VIEW_PRIVILEGE}", which your account does not have.`}
        </p>
      )}
      {settingsOpen && (
        <Suspense fallback={null}>
          <WallSettingsPanel
            params={params}
            onChange={(next) => setParams(next, { replace: true })}
            onClose={() => setSettingsOpen(false)}
            thresholds={thresholds}
            staleAfterSeconds={staleAfterMs / 1000}
            refreshSeconds={refreshSeconds}
            metrics={metrics}
          />
        </Suspense>
      )}
    </main>
  );
}
