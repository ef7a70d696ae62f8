import { Badge } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconClockPause,
  IconPlugConnectedX,
  IconRefresh,
} from '@tabler/icons-react';

export type HealthMark = 'ok' | 'stale' | 'blocked' | 'down' | 'reconnecting' | 'unknown';

const MARKS: Record<HealthMark, { label: string; color: string; icon: typeof IconBan }> = {
  ok: { label: 'OK', color: 'green', icon: IconCircleCheck },
  stale: { label: 'Stale', color: 'orange', icon: IconClockPause },
  blocked: { label: 'Blocked', color: 'red', icon: IconBan },
  down: { label: 'Down', color: 'red', icon: IconPlugConnectedX },
  reconnecting: { label: 'Reconnecting', color: 'yellow', icon: IconRefresh },
  unknown: { label: 'Unknown', color: 'gray', icon: IconAlertTriangle },
};

/** Colour, icon and word together: the mark never relies on colour alone. */
export function HealthBadge({ mark }: { mark: HealthMark }) {
  const m = MARKS[mark];
  return (
    <Badge
      color={m.color}
      variant="light"
      // Tinted badges' own text colour fails contrast for orange and green; the word stays in
      // the body colour while the tint and icon carry the hue.
      c="bright"
      leftSection={<m.icon size={12} aria-hidden />}
      radius="sm"
      // Table cells shrink to min-content; an ellipsised badge would hide the word.
      style={{ minWidth: 'max-content' }}
      styles={{ label: { textTransform: 'none' } }}
    >
      {m.label}
    </Badge>
  );
}

export function HealthBadges({ marks }: { marks: HealthMark[] }) {
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {marks.map((m) => (
        <HealthBadge key={m} mark={m} />
      ))}
    </span>
  );
}
