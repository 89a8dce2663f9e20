import { defineConfig } from '@playwright/test';
import bench from './playwright.config';

/** `npm run bench:profile`: CPU profiles for the next fix, with the bench's browser and harness; no figures. */
export default defineConfig({ ...bench, testDir: './profile', testMatch: '*.profile.ts' });
