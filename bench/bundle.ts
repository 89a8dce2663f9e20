import { readFile } from 'node:fs/promises';
import type { ChunkReport } from '../build/scripts/bundleReport';

/** Packages that must never load with the first screen: charts, Word export, the worker bridge. */
export const loadOnDemand = [/^@visx\//, /^d3-/, /^docx$/, /^comlink$/];

/** The renderer build's initial JavaScript (gzip) and any on-demand package found in it (from bundle-report.json). */
export async function bundleFigures(path = 'dist/renderer/bundle-report.json') {
  const chunks = JSON.parse(await readFile(path, 'utf8')) as ChunkReport[];
  const initial = chunks.filter((chunk) => chunk.initial);
  const packages = new Set(initial.flatMap((chunk) => Object.keys(chunk.packages)));
  return {
    initialGzipKb: Math.round(initial.reduce((sum, chunk) => sum + chunk.gzipBytes, 0) / 10.24) / 100,
    lazyInInitial: [...packages].filter((name) => loadOnDemand.some((pattern) => pattern.test(name))),
    chunks: chunks.map(({ file, initial: first, gzipBytes, packages: byPackage }) => ({
      file,
      initial: first,
      gzipBytes,
      packages: byPackage,
    })),
  };
}
