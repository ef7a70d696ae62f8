// Shade 8 keeps chart marks legible against white (shade 6 fails contrast, see TOOLCHAIN.md).
const PALETTE = [
  'blue.8',
  'teal.8',
  'grape.8',
  'orange.8',
  'cyan.8',
  'pink.8',
  'lime.8',
  'indigo.8',
];

export const seriesColor = (i: number): string => PALETTE[i % PALETTE.length]!;

export const HEALTH_COLORS = { up: 'green.8', reconnecting: 'yellow.8', down: 'red.8' } as const;
