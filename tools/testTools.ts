/**
 * What the end-to-end tests need on this machine that `npm install` does not bring: Chromium (Debian's, never a
 * downloaded browser) and poppler's pdftotext (the print test reads the printed checklist back with it).
 */

type Env = Record<string, string | undefined>;

export const chromiumPath = (env: Env): string => env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** One line for each tool that is missing, saying how to get it; none when all are there. */
export function missingTestTools(
  env: Env,
  isExecutable: (path: string) => boolean,
  isOnPath: (command: string) => boolean,
): string[] {
  const missing: string[] = [];
  const chromium = chromiumPath(env);
  if (!isExecutable(chromium)) {
    const where = env['CHROMIUM_PATH'] ? `${chromium} (CHROMIUM_PATH)` : chromium;
    missing.push(
      `Chromium is not at ${where}: install it (Debian or Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
  if (!isOnPath('pdftotext')) {
    missing.push(
      'pdftotext is not installed: install poppler-utils (Debian or Ubuntu: sudo apt-get install poppler-utils); the print test reads the printed checklist with it.',
    );
  }
  return missing;
}
