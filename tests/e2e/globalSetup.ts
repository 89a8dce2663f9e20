import { execFileSync } from 'node:child_process';

/**
 * Before the browser tests: the same check as `npm test`'s pretest, for `npx playwright test` run alone. It
 * stops at once with a line per missing tool instead of failing every test.
 */
export default function checkTestTools(): void {
  try {
    execFileSync(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'tools/checkTestTools.ts'],
      { stdio: 'inherit' },
    );
  } catch {
    process.exit(1);
  }
}
