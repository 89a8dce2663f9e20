import { hasBidiControls, stripBidiControls } from '../shared/cleanText';

type TextField = HTMLInputElement | HTMLTextAreaElement;

const isTextField = (target: EventTarget | null): target is TextField =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

/** Cleans the field an `input` event came from, keeping the caret where it was in the text. */
function onInput(event: Event): void {
  const field = event.target;
  if (!isTextField(field) || !hasBidiControls(field.value)) return;
  const caret = field.selectionStart;
  const caretAfter = caret === null ? null : stripBidiControls(field.value.slice(0, caret)).length;
  const nativeSetter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  nativeSetter?.call(field, stripBidiControls(field.value));
  if (caretAfter !== null) {
    try {
      field.setSelectionRange(caretAfter, caretAfter);
    } catch {
      // fields without a caret (number, email) keep theirs
    }
  }
}

/**
 * Text typed or pasted into any field reaches the app without bidirectional controls ("Quarterly\u202Etxt.exe"
 * shows as "Quarterlyexe.txt"). One capture-phase `input` listener on the document cleans the field's value
 * before React reads it; the value is set through the element's own (native) setter, so React still sees a
 * change and its `onChange` receives the cleaned text. Fields stay plain: no component needs to know.
 */
export function guardAgainstBidiControls(document: Document): () => void {
  document.addEventListener('input', onInput, true);
  return () => document.removeEventListener('input', onInput, true);
}
