import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { bundleReport } from './build/scripts/bundleReport.ts';
import { contentSecurityPolicy } from './electron/contentSecurityPolicy.ts';

/** Puts the shell's CSP into the page too, so it holds wherever the bundle is served from. */
function contentSecurityPolicyMeta(): Plugin {
  // `frame-ancestors` is ignored (with a warning) in a meta tag; the app:// protocol sends it as a header.
  const policy = contentSecurityPolicy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'content-security-policy-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

// The renderer bundle. `base: './'` keeps asset URLs relative, so the same build loads from app://workbench/
// in the desktop app and from http://app.local/ in the browser tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), bundleReport()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically goes into the entry's one file (Rolldown would split
        // React and the icon helper into files of their own, which the lazy parts share). Each extra file is
        // one more request and module to link before the first render: an A/B of 15 pairs of starts measured
        // one file ~8 ms sooner. The lazy parts import what they need from the entry.
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
});
