/**
 * The small shapes repeated in every row of a long list (a disclosure caret, an item's status, a source's book),
 * drawn in CSS (styles/glyphs.css) rather than as inline SVG icons. Chromium paints and layerizes every rendered
 * inline SVG again on each frame that changes the page: the checklist's hundred row icons cost a key press in a
 * note about a millisecond (docs/performance.md). One-off icons (buttons, headers) stay lucide's SVGs.
 */
export type GlyphShape = 'caret-right' | 'caret-down' | 'circle' | 'circle-dashed' | 'circle-slash' | 'check' | 'book';

export function Glyph({ shape }: { shape: GlyphShape }) {
  return <span className={`glyph glyph--${shape}`} aria-hidden="true" />;
}
