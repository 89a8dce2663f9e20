// Bidirectional overrides and isolates can make text read differently from what it contains ("invoice‮fdp.exe");
// other control characters have no business in a document.
const invisibleControls =
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** User text as it may go into a document: without direction controls and invisible control characters. */
export function stripBidiControls(text: string): string {
  return text.replace(invisibleControls, '');
}
