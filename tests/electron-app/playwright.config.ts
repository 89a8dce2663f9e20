import { defineConfig } from '@playwright/test';

/** The real desktop app under Playwright's Electron driver; needs a machine with the Electron binary. */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron-app',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
