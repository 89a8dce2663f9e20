import type { Browser } from '@playwright/test';
import { test as e2eTest, type Desktop } from '../../tests/e2e/fixtures';
import { placeProjects } from './projects';

/** What a browser bench works with: the harness's desktop with the bench's projects in its folder, and the browser. */
export interface Lab {
  desktop: Desktop;
  browser: Browser;
  /** The large project's file. */
  largePath: string;
}

/** The e2e harness's `test`, with a `lab` whose projects folder holds the large project and a small one. */
export const test = e2eTest.extend<{ lab: Lab }>({
  lab: async ({ desktop, browser }, use) => {
    const { largePath } = await placeProjects(desktop);
    await use({ desktop, browser, largePath });
  },
});
