import {
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconClockPause,
  IconPlugConnectedX,
  IconRefresh,
} from '@tabler/icons-react';
import classes from './light-elements.module.css';

export type HealthMark = 'ok' | 'stale' | 'blocked' | 'down' | 'reconnecting' | 'unknown';

const MARKS: Record<HealthMark, { label: string; color: string; icon: typeof IconBan }> = {
  ok: { label: 'OK', color: 'green', icon: IconCircleCheck },
  stale: { label: 'Stale', color: 'orange', icon: IconClockPause },
  blocked: { label: 'Blocked', color: 'red', icon: IconBan },
  down: { label: 'Down', color: 'red', icon: IconPlugConnectedX },
  reconnecting: { label: 'Reconnecting', color: 'yellow', icon: IconRefresh },
  unknown: { label: 'Unknown', color: 'gray', icon: IconAlertTriangle },
};

/**
 * Colour, icon and word together: the mark never relies on colour alone. Drawn like Mantine's
 * light Badge, but as plain elements: grids show one per row.
 */
export function HealthBadge({ mark }: { mark: HealthMark }) {
  const m = MARKS[mark];
  return (
    <span className={classes.badge} data-color={m.color}>
      <m.icon size={12} aria-hidden />
      {m.label}
    </span>
  );
}

export function HealthBadges({ marks }: { marks: HealthMark[] }) {
  return (
    <span className={classes.badges}>
      {marks.map((m) => (
        <HealthBadge key={m} mark={m} />
      ))}
    </span>
  );
}
