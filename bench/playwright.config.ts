import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/**
 * The Chromium part of `npm run bench`: the same browser and harness as the e2e tests, one worker for quiet
 * timings (paths here are relative to bench/).
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  globalSetup: '../tests/e2e/globalSetup.ts',
  outputDir: '../test-results/bench',
  fullyParallel: false,
  workers: 1,
  timeout: 600_000,
  reporter: [['list']],
  // No trace or screenshots: tracing snapshots the whole DOM in the page before and after every action, main-thread
  // work that lands in the very intervals timed here (about 60 ms a key press on the large project, nothing on the
  // floor's tiny pages).
  use: { ...base.use, trace: 'off', screenshot: 'off' },
});
