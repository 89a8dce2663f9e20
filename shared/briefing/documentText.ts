import { replaceLoneSurrogates, stripInvisibleControls } from '../cleanText';

/**
 * Text as it may go into any of the briefing's documents: without direction controls and invisible control
 * characters (so a name cannot reorder the text around it), lone surrogates shown as U+FFFD, and without the
 * two non-characters XML forbids (a Word file holding one would not open).
 */
export function documentText(text: string): string {
  return replaceLoneSurrogates(stripInvisibleControls(text)).replace(/[\uFFFE\uFFFF]/g, '');
}
