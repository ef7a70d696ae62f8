import type { BindSummary } from '../../lib/aggregate-binds';

/** Plain text for a support ticket: what was asked, the summary line, and the details. */
export function ticketText(
  subject: { label: string; value: string },
  summary: BindSummary,
  checkedAt: string,
  timeZone: string,
): string {
  const list = (pairs: [string, number][]) => pairs.map(([k, n]) => `${k} (${n})`).join(', ');
  const lines = [`${subject.label}: ${subject.value}`, summary.text];
  if (summary.binds > 0) {
    lines.push(
      `IPs: ${summary.ips.join(', ') || '—'}`,
      `Servers: ${summary.servers.join(', ') || '—'}`,
      `Modes: ${list(summary.modes) || '—'}`,
      `Protocol versions: ${list(summary.protocolVersions) || '—'}`,
      `Earliest bind: ${summary.boundSince ?? '—'} (platform time, ${timeZone})`,
      `Latest tick: ${summary.latestTick ?? '—'} (platform time, ${timeZone})`,
    );
  }
  lines.push(`Checked: ${checkedAt}`);
  return lines.join('\n');
}
