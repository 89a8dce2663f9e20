import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonMayHoldTextToClean } from '../../shared/cleanText';
import { cleanAllText } from '../../shared/model/projectText';

/**
 * The file reader skips looking at every text when `jsonMayHoldTextToClean` says the file holds none to clean;
 * that "no" must be a promise, for values and keys, however the JSON spells its strings.
 */

/** Text made of the characters that matter here: direction controls, halves of pairs, whole pairs, quotes. */
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    ' ',
    'é',
    '’',
    '"',
    '\\',
    '\n',
    '\u0001',
    '\u202A',
    '\u202E',
    '\u2066',
    '\u2069',
    '\uD83D',
    '\uDE00',
    '😀',
  ),
  maxLength: 6,
});
const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3, noNullPrototype: true }),
  ),
})).value;

/** A JSON string with every character raw, a lone surrogate included; only `"`, `\` and controls escaped. */
const quote = (s: string) =>
  `"${s
    .replace(/["\\]/g, '\\$&')
    // oxlint-disable-next-line no-control-regex -- JSON must escape exactly these
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;

/** JSON as another writer may spell it: raw characters rather than `\u` escapes. */
function rawJson(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(rawJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${quote(key)}:${rawJson(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('jsonMayHoldTextToClean', () => {
  it('never says no to a text whose parsed strings or keys hold a direction control or half a pair', () => {
    fc.assert(
      fc.property(json, fc.boolean(), (value, raw) => {
        const file = raw ? rawJson(value) : JSON.stringify(value);
        const cleaned = cleanAllText(JSON.parse(file) as unknown);
        if (!jsonMayHoldTextToClean(file)) expect(cleaned.bidiTexts + cleaned.brokenTexts).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('says no to plain text, accented letters and typographic quotes; yes to a control, raw or escaped', () => {
    expect(jsonMayHoldTextToClean(JSON.stringify({ name: 'Café “Süd” ’24 — 5 €', notes: ['a\nb'] }))).toBe(false);
    expect(jsonMayHoldTextToClean('{"a":"\u202Eexe.txt"}')).toBe(true);
    expect(jsonMayHoldTextToClean('{"a":"\\u202e"}')).toBe(true);
    expect(jsonMayHoldTextToClean('{"a":"\uD800"}')).toBe(true);
  });
});
