import type { Platform } from '../../../shared/commands';

/** The operating system the page runs on, for shortcut names (⌘ or Ctrl) and matching keys. */
export function currentPlatform(): Platform {
  const agent = navigator.userAgent;
  if (/Mac|iPhone|iPad/.test(agent)) return 'darwin';
  if (/Windows/.test(agent)) return 'win32';
  return 'linux';
}
