import { documentText } from './documentText';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML or SVG, in element content or a quoted attribute: cleaned like every document's text, then
 * every character that could open a tag, an entity or close an attribute written as an entity.
 */
export function escapeMarkup(text: string): string {
  return documentText(text).replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
