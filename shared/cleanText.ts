/**
 * Characters that make text lie about itself. Pure, so the file reader (main process) and the text fields
 * (renderer) clean text the same way.
 */

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). Invisible, they
 * reorder what follows: "Quarterly\u202Etxt.exe" is shown as "Quarterlyexe.txt". Right-to-left text does not
 * need them (`dir="auto"` shows it correctly), so they are removed, never kept.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;
const anyBidiControl = /[\u202A-\u202E\u2066-\u2069]/;

/** Half of a surrogate pair without its other half: no character at all, and not valid UTF-8 once written. */
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const anyLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasBidiControls(text: string): boolean {
  return anyBidiControl.test(text);
}

export function stripBidiControls(text: string): string {
  return anyBidiControl.test(text) ? text.replace(bidiControls, '') : text;
}

/** Either kind, or any half of a pair: one quick scan, where telling a lone half from a pair takes three times longer. */
const anyBidiControlOrSurrogate = /[\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

/**
 * Whether a JSON text may hold, once parsed, a bidirectional control or a lone surrogate in any string or key:
 * it has a control or any surrogate as it stands, or a `\u` escape, which may spell one. False is a promise;
 * true only means "look at every string" (a file with emoji is looked at, though its pairs are whole).
 */
export function jsonMayHoldTextToClean(json: string): boolean {
  return json.includes('\\u') || anyBidiControlOrSurrogate.test(json);
}

export function hasLoneSurrogates(text: string): boolean {
  return anyLoneSurrogate.test(text);
}

/** Each lone surrogate becomes U+FFFD, the replacement character, as a UTF-8 decoder would show it. */
export function replaceLoneSurrogates(text: string): string {
  return anyLoneSurrogate.test(text) ? text.replace(loneSurrogates, '\uFFFD') : text;
}

// For documents made from user text (Markdown, Word): besides the bidirectional controls, the marks that only
// steer direction (LRM, RLM, ALM) and control characters other than line breaks have no business there.
const invisibleControls =
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** User text as it may go into a document: without direction controls and invisible control characters. */
export function stripInvisibleControls(text: string): string {
  return text.replace(invisibleControls, '');
}
