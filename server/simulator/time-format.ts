// Platform timestamps: `YYYY-MM-DD HH:mm:ss`, UTC, no zone (as the seed's examples read).
export function formatPlatformTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
