/** Chart colours come from the theme's CSS variables, so light and dark follow the OS like the rest of the app. */
export const seriesColors = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
  'var(--chart-7)',
  'var(--chart-8)',
] as const;

export const seriesColor = (index: number): string => seriesColors[index % seriesColors.length] ?? 'currentColor';

/** Axis text and lines in the theme's muted colours. */
export const axisProps = {
  stroke: 'var(--border-strong)',
  tickStroke: 'var(--border-strong)',
  tickLabelProps: { fill: 'var(--text-muted)', fontSize: 11, fontFamily: 'inherit' },
} as const;

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** "1.2M", "850K": axis labels that fit. */
export const compactNumber = (value: number): string => compact.format(value);
