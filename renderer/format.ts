import { lazyValue } from '../shared/lazyValue';

const absolute = lazyValue(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }));

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const steps: Array<[Unit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** One of a unit said as a word, as in "yesterday", "next week". */
const lastOne: Partial<Record<Unit, string>> = {
  day: 'yesterday',
  week: 'last week',
  month: 'last month',
  year: 'last year',
};
const nextOne: Partial<Record<Unit, string>> = {
  day: 'tomorrow',
  week: 'next week',
  month: 'next month',
  year: 'next year',
};

/**
 * "5 minutes ago", "yesterday", "in 3 days", in the app's own language (its every other word is English).
 * Written out rather than asked of `Intl.RelativeTimeFormat`, which takes about 15 ms to build: the home's
 * project list, the first thing shown, would wait for it.
 */
function relativeWords(amount: number, unit: Unit): string {
  const count = Math.abs(amount);
  const words = count === 1 ? (amount < 0 ? lastOne : nextOne)[unit] : undefined;
  if (words) return words;
  const units = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return amount < 0 ? `${units} ago` : `in ${units}`;
}

/** "just now", "5 minutes ago", "yesterday"… for an ISO time. */
export function timeAgo(iso: string, now = new Date()): string {
  let value = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (Math.abs(value) < 45) return 'just now';
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return relativeWords(Math.round(value), unit);
    value /= size;
  }
  return absolute().format(new Date(iso));
}

export function dateTime(iso: string): string {
  return absolute().format(new Date(iso));
}

const numberFormats = new Map<string | undefined, { decimal: '.' | ',' }>();

/**
 * The OS locale's decimal separator, so typed and pasted amounts read the way the user writes them. Asked on every
 * key press in a grid; building an Intl.NumberFormat is slow, so each locale's answer is kept.
 */
export function localeNumberFormat(locale?: string): { decimal: '.' | ',' } {
  let format = numberFormats.get(locale);
  if (!format) {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    format = { decimal: part?.value === ',' ? ',' : '.' };
    numberFormats.set(locale, format);
  }
  return format;
}

const exactNumber = lazyValue(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 10 }));

/** A number as copied out of a grid: every digit kept, in the OS locale so pasting it back reads the same. */
export function exactGridNumber(value: number): string {
  return exactNumber().format(value);
}

export { money, percent, plainNumber as gridNumber } from '../shared/format';
