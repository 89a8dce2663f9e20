import type { Block, Inline, SourceRef, TableCell } from './model';
import { say } from './words';

/** Block builders the section composers share: gaps, warnings and table cells. */

export interface SectionDraft {
  blocks: Block[];
  /** The section's inputs are missing and it says so. */
  gap: boolean;
}

/**
 * An input the section needs is missing: say what, and where to fill it in. The title is the plain fact
 * ("Cost history not entered"); the text says what it would add and the fix points at the place.
 */
export function gapCallout(title: string, text: string, fix: SourceRef): Block {
  return { kind: 'callout', tone: 'gap', title, content: [say(text, fix)], fix };
}

export function warningCallout(title: string, content: Inline[], fix?: SourceRef): Block {
  return fix === undefined
    ? { kind: 'callout', tone: 'warning', title, content }
    : { kind: 'callout', tone: 'warning', title, content, fix };
}

/** A table cell of template text or a figure, with its record. */
export const cell = (text: string, ref?: SourceRef, numeric = false): TableCell => ({
  text,
  ...(ref === undefined ? {} : { ref }),
  ...(numeric ? { numeric } : {}),
});

export const figureCell = (text: string, ref: SourceRef): TableCell => cell(text, ref, true);

/** A cell holding the user's own text; empty text reads as `empty` (e.g. "Not set"). */
export const userCell = (text: string, ref: SourceRef, empty = '—'): TableCell =>
  text.trim() === '' ? { text: empty, ref } : { text: text.trim(), ref, user: true };
