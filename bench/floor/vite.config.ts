import { defineConfig } from 'vite';
import app from '../../vite.config.ts';

/**
 * The floor page of the browser bench, built with the app's own Vite settings (plugins, target, CSP) into
 * dist/bench-floor/: what React 19 costs by itself, so every browser figure has its floor beside it.
 */
export default defineConfig({
  ...app,
  root: 'bench/floor',
  build: { ...app.build, outDir: '../../dist/bench-floor' },
});
