import { flushSync } from 'react-dom';

/**
 * Runs an update that adds or moves a record, renders it at once and focuses the field `find` names, all before the
 * click or key event returns: keys typed right after the click then land in the new field. Focusing a frame later
 * (requestAnimationFrame) sends the first keys a fast typist presses to the button instead.
 */
export function focusAfterUpdate<T>(update: () => T, find: (result: T) => HTMLElement | null | undefined): T {
  let result!: T;
  flushSync(() => {
    result = update();
  });
  find(result)?.focus();
  return result;
}
