import { hasBidiControls, hasLoneSurrogates, replaceLoneSurrogates, stripBidiControls } from '../cleanText';

export interface TextCleaning<T> {
  value: T;
  /** Texts (values or keys) that held bidirectional controls, now removed. */
  bidiTexts: number;
  /** Texts that held half a surrogate pair, now U+FFFD. */
  brokenTexts: number;
}

/**
 * Every text in a parsed JSON value, cleaned of bidirectional controls and lone surrogates — record keys as
 * well as values, so an id and a key naming it stay equal. Objects and arrays are copied only where something
 * changed: a clean project comes back as the very same object.
 */
export function cleanAllText<T>(value: T): TextCleaning<T> {
  const counts = { bidiTexts: 0, brokenTexts: 0 };
  const cleanString = (text: string): string => {
    let cleaned = text;
    if (hasBidiControls(cleaned)) {
      cleaned = stripBidiControls(cleaned);
      counts.bidiTexts += 1;
    }
    if (hasLoneSurrogates(cleaned)) {
      cleaned = replaceLoneSurrogates(cleaned);
      counts.brokenTexts += 1;
    }
    return cleaned;
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return cleanString(node);
    if (Array.isArray(node)) {
      let copy: unknown[] | null = null;
      node.forEach((item, index) => {
        const cleaned = walk(item);
        if (cleaned !== item) (copy ??= node.slice())[index] = cleaned;
      });
      return copy ?? node;
    }
    if (typeof node === 'object' && node !== null) {
      let changed = false;
      const entries = Object.entries(node).map(([key, item]) => {
        const cleanKey = cleanString(key);
        const cleaned = walk(item);
        if (cleanKey !== key || cleaned !== item) changed = true;
        return [cleanKey, cleaned] as const;
      });
      return changed ? Object.fromEntries(entries) : node;
    }
    return node;
  };
  return { value: walk(value) as T, ...counts };
}
