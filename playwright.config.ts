import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tools/testTools';

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser): the built renderer, served from
 * http://app.local/ by the harness in tests/e2e/fixtures.ts, talking to the real services.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/globalSetup.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  // Journeys of many steps with axe scans, two at a time on a two-core machine: 30 s was their median on one, and
  // the same journeys take three times as long on another (the longest have their own, larger, limit).
  timeout: 120_000,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: 'http://app.local/',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(process.env),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
