import type { Block, Inline, SourceRef } from './model';

/**
 * Small builders the section composers write with: template text, the user's own text, lists and counts in
 * words. Template text never holds a user's characters; user text is marked so renderers isolate it.
 */

/** Template text, with the record it states a fact about. */
export const say = (text: string, ref?: SourceRef): Inline => (ref === undefined ? { text } : { text, ref });

/** The user's own words (a name, a note, a goal), always with the record they were typed into. */
export const quote = (text: string, ref: SourceRef): Inline => ({ text: text.trim(), ref, user: true });

export const strong = (inline: Inline): Inline => ({ ...inline, strong: true });

export const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });

export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

/** Inline runs joined as a list in words: "A, B and C", each run keeping its reference. */
export function inlineList(items: readonly Inline[], conjunction = 'and'): Inline[] {
  return items.flatMap((item, index) => {
    if (index === 0) return [item];
    return [say(index === items.length - 1 ? ` ${conjunction} ` : ', '), item];
  });
}

const smallNumbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small whole numbers in words ("three"), larger ones in digits: a briefing reads better that way. */
export const numberWord = (count: number) => smallNumbers[count] ?? String(count);

/** "three must-haves", "12 must-haves", "one must-have", "no must-haves". */
export function counted(count: number, one: string, many: string): string {
  return `${count === 0 ? 'no' : numberWord(count)} ${count === 1 ? one : many}`;
}

/** Like `counted`, capitalised for the start of a sentence. */
export function countedAtStart(count: number, one: string, many: string): string {
  const text = counted(count, one, many);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An ISO day (YYYY-MM-DD) as the reader's locale writes it; the day itself if it is not one. */
export function dayText(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) ? dayFormat.format(time) : isoDay;
}

/** Months as a reader says them: "7 months", "under a month", "14.5 months" rounded to a whole month. */
export function monthsText(months: number): string {
  if (months === 0) return 'at once';
  if (months < 1) return 'within a month';
  const whole = Math.round(months);
  return whole === 1 ? '1 month' : `${whole} months`;
}

export const yearsText = (years: number) => (years === 1 ? '1 year' : `${years} years`);

/** A total 0–100 as the scoring screen shows it, one decimal. */
export const totalText = (total: number) => total.toFixed(1);

/** A 1–5 score or index, one decimal: "3.8 of 5". */
export const outOfFive = (value: number) => `${value.toFixed(1)} of 5`;

/** The first letter upper-case: a label used at the start of a sentence. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The full stop a sentence ending in the user's text needs, unless that text already ends one. */
export const fullStop = (text: string) => (/[.!?…]["”’)]?$/.test(text.trim()) ? '' : '.');
